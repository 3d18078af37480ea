namespace Flora.Sdk.Models;

/// <summary>A two-number action parameter (<c>{"x": …, "y": …}</c>): a center, size, offset or dimensions.</summary>
public sealed record ActionVector2
{
    /// <summary>The first number (<c>x</c>).</summary>
    public required double X { get; init; }

    /// <summary>The second number (<c>y</c>).</summary>
    public required double Y { get; init; }
}
