namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /projects</c>: the project just made.</summary>
public sealed record ProjectCreateResponse : ProjectObject;
