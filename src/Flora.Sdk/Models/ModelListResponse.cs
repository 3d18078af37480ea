namespace Flora.Sdk.Models;

/// <summary>The answer of <c>GET /models</c>: the models a generation can use.</summary>
public sealed record ModelListResponse : FloraObject
{
    private readonly IReadOnlyList<ModelInfo>? _models;

    /// <summary>The models (<c>models</c>), in FLORA's order.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ModelInfo> Models
    {
        get => _models ?? [];
        init => _models = ValueList<ModelInfo>.From(value);
    }
}
