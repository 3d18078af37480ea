using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary><c>GET /models[?type=]</c>: the model catalog, <c>{"models": [...]}</c>, in FLORA's TypeScript SDK 0.11.0 shape.</summary>
internal sealed class ModelEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes) => routes.Get("/models", EmulatorRoute.ListModels, c => List(c.Request.Query));

    public EmulatorResult List(IQueryCollection query)
    {
        _ = state;
        var type = QueryEndpoints.Single(query, "type");
        if (type is not null && !ModelCatalog.Types.Contains(type))
        {
            return EmulatorResult.Validation("The model list request is not valid: type must be image, video, audio or text.", [new("type", "type must be image, video, audio or text.")]);
        }

        return EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("models");
            foreach (var model in ModelCatalog.All.Where(m => type is null || m.Type == type))
            {
                WriteModel(w, model);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteModel(Utf8JsonWriter w, ModelSpec model)
    {
        w.WriteStartObject();
        w.WriteString("model_id", model.ModelId);
        w.WriteString("name", model.Name);
        w.WriteString("type", model.Type);
        w.WriteString("provider", model.Provider);
        w.WriteStartArray("capabilities");
        foreach (var capability in model.Capabilities)
        {
            w.WriteStringValue(capability);
        }

        w.WriteEndArray();
        w.WriteNumber("estimated_credits", model.EstimatedCredits);
        w.WriteNumber("estimated_seconds", model.EstimatedSeconds);
        w.WriteStartArray("params");
        foreach (var param in model.Params)
        {
            w.WriteStartObject();
            w.WriteString("name", param.Name);
            w.WriteString("type", param.Type);
            w.WriteBoolean("required", param.Required);
            w.WriteString("label", param.Label);
            switch (param.Default)
            {
                case string text:
                    w.WriteString("default", text);
                    break;
                case int number:
                    w.WriteNumber("default", number);
                    break;
                case double number:
                    w.WriteNumber("default", number);
                    break;
            }

            if (param.Min is { } min)
            {
                w.WriteNumber("min", min);
            }

            if (param.Max is { } max)
            {
                w.WriteNumber("max", max);
            }

            if (param.Options is { } options)
            {
                w.WriteStartArray("options");
                foreach (var option in options)
                {
                    w.WriteStartObject();
                    w.WriteString("label", option);
                    w.WriteString("value", option);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
