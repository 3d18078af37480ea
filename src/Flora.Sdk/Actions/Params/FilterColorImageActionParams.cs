using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The body of <c>POST /runs/action</c> that runs the <c>filter-color-image-browser</c> action: its inputs, project, workspace and typed
/// parameters. Pass it to <c>client.Actions.RunAsync</c>.
/// </summary>
public sealed record FilterColorImageActionParams : ActionRunParams
{
    /// <summary>The action's slug (<c>action_id</c>): always <see cref="ActionIds.FilterColorImage"/>.</summary>
    [JsonPropertyOrder(-10)]
    public override string ActionId => ActionIds.FilterColorImage;

    /// <summary>The action's parameters (<c>params</c>); <see langword="null"/> sends none, and FLORA uses its defaults.</summary>
    public FilterColorImageActionSettings? Params { get; init; }
}
