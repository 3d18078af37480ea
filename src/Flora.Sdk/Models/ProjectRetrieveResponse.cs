namespace Flora.Sdk.Models;

/// <summary>The response of <c>GET /projects/{projectId}</c>: one project.</summary>
public sealed record ProjectRetrieveResponse : ProjectObject;
