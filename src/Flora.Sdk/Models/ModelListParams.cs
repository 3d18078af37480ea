namespace Flora.Sdk.Models;

/// <summary>The query of <c>GET /models</c>.</summary>
public sealed record ModelListParams
{
    /// <summary>Only models of this kind (<c>type</c>): one of <see cref="GenerationType"/>; every model when not set.</summary>
    public string? Type { get; init; }
}
