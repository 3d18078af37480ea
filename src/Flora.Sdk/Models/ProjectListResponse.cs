namespace Flora.Sdk.Models;

/// <summary>One project in a page of <c>GET /projects</c>; pass its <see cref="ProjectObject.ProjectId"/> as <c>ProjectId</c> to place an asset on its canvas.</summary>
public sealed record ProjectListResponse : ProjectObject;
