using System.Text.Json.Serialization;
using Flora.Sdk.Models.Converters;

namespace Flora.Sdk.Models;

/// <summary>The response of <c>POST /projects</c>: the project just made.</summary>
public sealed record ProjectCreateResponse : FloraObject
{
    /// <summary>The public project id (<c>prj_…</c>).</summary>
    public string ProjectId { get; init; } = string.Empty;

    /// <summary>The project's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The workspace that owns the project.</summary>
    public string WorkspaceId { get; init; } = string.Empty;

    /// <summary>Where the project came from, as the server names it.</summary>
    public string? Origin { get; init; }

    /// <summary>When the project was created, as the number the endpoint sends (Unix milliseconds in FLORA's SDK).</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CreatedAt { get; init; }

    /// <summary>When the project last changed, as the number the endpoint sends.</summary>
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? LastModified { get; init; }
}
