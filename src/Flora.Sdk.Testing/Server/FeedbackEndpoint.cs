using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary><c>POST /feedback</c>: validates the body as FLORA documents it (the four kinds, the id prefixes) and answers its id.</summary>
internal sealed class FeedbackEndpoint(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes) => routes.Post("/feedback", EmulatorRoute.RecordFeedback, RecordAsync);

    /// <summary>The kinds FLORA's TypeScript SDK 0.11.0 documents.</summary>
    internal static readonly string[] Kinds = ["feature_request", "bug", "technique_request", "missing_capability"];

    public Task<EmulatorResult> RecordAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var kind = RequestJson.OptionalString(body, "kind", errors);
        if (kind is null ? !errors.Any(e => e.Key == "kind") : !Kinds.Contains(kind, StringComparer.Ordinal))
        {
            errors.Add(new("kind", "kind must be one of " + string.Join(", ", Kinds) + "."));
        }

        Required(body, "summary", errors);
        Required(body, "detail", errors);
        if (body.TryGetProperty("attempted_tools", out var tools) && tools.ValueKind != JsonValueKind.Null
            && (tools.ValueKind != JsonValueKind.Array || tools.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
        {
            errors.Add(new("attempted_tools", "attempted_tools must be an array of strings."));
        }

        OptionalId(body, "workspace_id", "ws_", errors);
        OptionalId(body, "project_id", "prj_", errors);
        OptionalId(body, "run_id", "run_", errors);
        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The feedback could not be recorded: " + errors[0].Value, errors);
        }

        var feedbackId = "fb_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var receivedAt = state.Now.ToUnixTimeMilliseconds();
        return EmulatorResult.Json(201, w =>
        {
            w.WriteStartObject();
            w.WriteString("feedback_id", feedbackId);
            w.WriteNumber("received_at", receivedAt);
            w.WriteEndObject();
        });
    });

    private static void Required(JsonElement body, string name, List<KeyValuePair<string, string>> errors)
    {
        var value = RequestJson.OptionalString(body, name, errors);
        if (string.IsNullOrWhiteSpace(value) && !errors.Any(e => e.Key == name))
        {
            errors.Add(new(name, $"{name} is required and must not be blank."));
        }
    }

    private static void OptionalId(JsonElement body, string name, string prefix, List<KeyValuePair<string, string>> errors)
    {
        if (RequestJson.OptionalString(body, name, errors) is { } id && !CreateFields.IsId(id, prefix))
        {
            errors.Add(new(name, $"{name} must start with {prefix}."));
        }
    }
}
