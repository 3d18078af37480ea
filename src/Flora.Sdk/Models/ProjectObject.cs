using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>A FLORA project as every project endpoint answers it (create, retrieve, and each item of the list).</summary>
public abstract record ProjectObject : FloraObject
{
    /// <summary>The public project id (<c>prj_…</c>).</summary>
    public string ProjectId { get; init; } = string.Empty;

    /// <summary>The project's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The workspace that owns the project.</summary>
    public string WorkspaceId { get; init; } = string.Empty;

    /// <summary>Where the project came from, as the server names it.</summary>
    public string? Origin { get; init; }

    /// <summary>When the project was created.</summary>
    /// <remarks>
    /// Read like the assets' times: a number is Unix seconds below 1e11, else milliseconds (FLORA's SDK sends
    /// milliseconds); an ISO 8601 string is parsed. A value that is neither reads as null, never as an error.
    /// </remarks>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the project last changed; null when it never did.</summary>
    /// <remarks>Read like <see cref="CreatedAt"/>.</remarks>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? LastModified { get; init; }
}
