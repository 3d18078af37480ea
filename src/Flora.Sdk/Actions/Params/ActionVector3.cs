namespace Flora.Sdk.Models;

/// <summary>A three-number action parameter (<c>{"x": …, "y": …, "z": …}</c>): a 3D rotation or scale.</summary>
public sealed record ActionVector3
{
    /// <summary>The first number (<c>x</c>).</summary>
    public required double X { get; init; }

    /// <summary>The second number (<c>y</c>).</summary>
    public required double Y { get; init; }

    /// <summary>The third number (<c>z</c>).</summary>
    public required double Z { get; init; }
}
