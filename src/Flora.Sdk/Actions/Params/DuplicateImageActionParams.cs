using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The body of <c>POST /runs/action</c> that runs the <c>duplicate-image-browser</c> action: its inputs, project, workspace and typed
/// parameters. Pass it to <c>client.Actions.RunAsync</c>.
/// </summary>
public sealed record DuplicateImageActionParams : ActionRunParams
{
    /// <summary>The action's slug (<c>action_id</c>): always <see cref="ActionIds.DuplicateImage"/>.</summary>
    [JsonPropertyOrder(-10)]
    public override string ActionId => ActionIds.DuplicateImage;

    /// <summary>The action's parameters (<c>params</c>); <see langword="null"/> sends none, and FLORA uses its defaults.</summary>
    public DuplicateImageActionSettings? Params { get; init; }
}
