namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /techniques/{techniqueId}/runs</c>: the inputs, the mode and an optional webhook.</summary>
public sealed record TechniqueRunCreateParams
{
    /// <summary>The run's inputs (<c>inputs</c>), one per technique input: see <see cref="TechniqueRunInput.Text"/> and <see cref="TechniqueRunInput.FromAsset"/>.</summary>
    public required IReadOnlyList<TechniqueRunInput> Inputs { get; init; }

    /// <summary>How the run answers (<c>mode</c>); only <c>async</c> is supported: poll the run or get a webhook.</summary>
    /// <value>Defaults to <c>async</c>.</value>
    public string Mode { get; init; } = "async";

    /// <summary>An https URL FLORA posts a signed webhook to when the run ends (<c>callback_url</c>).</summary>
    public Uri? CallbackUrl { get; init; }
}
