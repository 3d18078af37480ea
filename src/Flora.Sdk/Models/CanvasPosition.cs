using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>A point on a canvas (<c>position</c>): absolute canvas coordinates.</summary>
public sealed record CanvasPosition : FloraObject
{
    /// <summary>The horizontal canvas coordinate (<c>x</c>).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double X { get; init; }

    /// <summary>The vertical canvas coordinate (<c>y</c>).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double Y { get; init; }
}
