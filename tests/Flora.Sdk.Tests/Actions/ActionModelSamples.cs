using System.Text.Json;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Actions;

/// <summary>Fully set samples of the hand-written action records, for the round-trip and equality rules.</summary>
internal static class ActionModelSamples
{
    private static readonly ActionSlot s_slot = new ActionSlot { Name = "image", Type = "image", Dynamic = true, Optional = false }.WithMultiple(1, 3);

    private static readonly ActionParam s_param = new()
    {
        Key = "angle",
        Type = "number",
        AvailableValues = [new ActionParamValue { Label = "Quarter", Value = "90", Description = "a quarter turn" }],
        DefaultValue = JsonDocument.Parse("90").RootElement.Clone(),
        InfoTooltip = "degrees",
        Label = "Angle",
        MaxNumberValue = 360,
        MinNumberValue = -360,
        NumberStep = 1,
    };

    private static readonly ActionDefinition s_definition = new()
    {
        ActionId = "rotate-image-browser",
        Name = "Rotate",
        Description = "Rotates",
        Language = "javascript",
        ChargedCost = 0.002m,
        Inputs = [s_slot],
        Outputs = [s_slot.WithSingle() with { Dynamic = null }],
        Params = [s_param],
    };

    public static readonly Dictionary<Type, object> Models = new()
    {
        [typeof(ActionSlot)] = s_slot,
        [typeof(ActionParam)] = s_param,
        [typeof(ActionParamValue)] = s_param.AvailableValues[0],
        [typeof(ActionDefinition)] = s_definition,
        [typeof(ActionListResponse)] = new ActionListResponse { Actions = [s_definition] },
        [typeof(ActionInput)] = new ActionInput { Type = "text", Name = "prompt", Text = "hello", Url = "https://cdn.test/t.txt" },
        [typeof(ActionVector2)] = new ActionVector2 { X = 1, Y = 2 },
        [typeof(ActionVector3)] = new ActionVector3 { X = 1, Y = 2, Z = 3 },
        [typeof(ActionRange)] = new ActionRange { Min = 1, Max = 2 },
        [typeof(ProjectActionCreateParams)] = new ProjectActionCreateParams { ActionId = "rotate-image-browser", Params = new JsonObject { ["angle"] = 90 } },
        [typeof(ProjectActionCreateResponse)] = new ProjectActionCreateResponse { ActionId = "rotate-image-browser", NodeId = "node_1", ProjectId = "prj_1", CanvasUrl = "https://app.flora.test/c" },
    };
}
