using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The body of <c>POST /runs/action</c>, one derived record per action FLORA's SDK types (for example
/// <see cref="ColorGradeImageActionParams"/>): what every action run takes (its inputs, project and workspace), with the
/// action's slug and typed parameters in the derived record. An action without a record here runs through the
/// <c>client.Actions.RunAsync</c> overload that takes an action id and a <c>JsonObject</c> of parameters.
/// </summary>
/// <remarks>Direct action runs are headless: they read their inputs from URLs and text, and never change the project's canvas.</remarks>
public abstract record ActionRunParams
{
    // Only this assembly derives from it: each derived record is one of FLORA's actions.
    private protected ActionRunParams()
    {
    }

    /// <summary>The action's slug (<c>action_id</c>), one of <see cref="ActionIds"/>.</summary>
    [JsonPropertyOrder(-10)]
    public abstract string ActionId { get; }

    /// <summary>The action's inputs (<c>inputs</c>); at least one.</summary>
    [JsonPropertyOrder(-3)]
    public required IReadOnlyList<ActionInput> Inputs { get; init; }

    /// <summary>The project the run is billed and recorded under (<c>project_id</c>, starts <c>prj_</c>); its canvas is not changed.</summary>
    [JsonPropertyOrder(-2)]
    public required string ProjectId { get; init; }

    /// <summary>The workspace the run belongs to (<c>workspace_id</c>, starts <c>ws_</c>).</summary>
    [JsonPropertyOrder(-1)]
    public required string WorkspaceId { get; init; }
}
