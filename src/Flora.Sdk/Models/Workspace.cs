using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>One workspace the API key can use, from <c>GET /workspaces</c>; fields FLORA adds later are kept in <see cref="FloraObject.AdditionalProperties"/>.</summary>
public sealed record Workspace : FloraObject
{
    /// <summary>The public workspace id (<c>ws_…</c>): pass it as <c>WorkspaceId</c> when creating and listing.</summary>
    public string WorkspaceId { get; init; } = string.Empty;

    /// <summary>The workspace's display name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The key owner's role in the workspace, for example <c>owner</c>.</summary>
    public string Role { get; init; } = string.Empty;

    /// <summary>When the workspace was created.</summary>
    /// <remarks>Read like <see cref="ProjectObject.CreatedAt"/>: a number in Unix seconds or milliseconds, or an ISO 8601 string; anything else reads as null.</remarks>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }
}
