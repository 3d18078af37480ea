using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /projects/{projectId}/actions</c>: the action to place on the project's canvas, and its parameters.</summary>
public sealed record ProjectActionCreateParams
{
    /// <summary>The action's slug (<c>action_id</c>), one of <see cref="ActionIds"/> or one FLORA added since.</summary>
    public required string ActionId { get; init; }

    /// <summary>
    /// The node's action parameters (<c>params</c>), snake_case keys, as <c>GET /actions/{actionId}</c> lists them;
    /// <see langword="null"/> sends none.
    /// </summary>
    public JsonObject? Params { get; init; }
}
