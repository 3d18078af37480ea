using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>An action node's settings in a project graph (<c>action</c>).</summary>
public sealed record ProjectGraphNodeAction : FloraObject
{
    private readonly JsonBox<JsonObject> _params;

    /// <summary>The action's slug (<c>action_id</c>), for example <c>rotate-image</c>; null when the node runs custom code.</summary>
    public string? ActionId { get; init; }

    /// <summary>The action's parameter values by parameter id (<c>params</c>); null when none are set.</summary>
    public JsonObject? Params
    {
        get => _params.Value;
        init => _params = new(value);
    }
}
