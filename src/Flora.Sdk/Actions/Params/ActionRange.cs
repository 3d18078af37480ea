namespace Flora.Sdk.Models;

/// <summary>A range action parameter (<c>{"max": …, "min": …}</c>).</summary>
public sealed record ActionRange
{
    /// <summary>The upper bound (<c>max</c>).</summary>
    public required double Max { get; init; }

    /// <summary>The lower bound (<c>min</c>).</summary>
    public required double Min { get; init; }
}
