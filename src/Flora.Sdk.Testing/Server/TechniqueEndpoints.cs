using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary><c>GET /techniques</c> (cursor pages of <c>techniques</c>) and <c>GET /techniques/{id}</c>, in FLORA's TypeScript SDK 0.11.0 shapes.</summary>
internal sealed class TechniqueEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Get("/techniques", EmulatorRoute.ListTechniques, c => List(c.Request.Query));
        routes.Get("/techniques/{techniqueId}", EmulatorRoute.RetrieveTechnique, c => Retrieve(c.Arg("techniqueId")));
    }

    public EmulatorResult List(IQueryCollection query)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var limit = QueryEndpoints.ReadLimit(query, state.Options.DefaultPageSize, errors);
        var workspaceId = QueryEndpoints.Single(query, "workspace_id");
        if (workspaceId is not null && !CreateFields.IsId(workspaceId, "ws_"))
        {
            errors.Add(new("workspace_id", "workspace_id must start with ws_."));
        }

        var after = RunPaging.ReadCursor(query, errors);
        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The technique list request is not valid: " + errors[0].Value, errors);
        }

        var search = QueryEndpoints.Single(query, "query");
        var matching = TechniqueCatalog.All
            .Select((t, i) => (Technique: t, Position: (long)i + 1))
            .Where(t => string.IsNullOrEmpty(search)
                        || t.Technique.TechniqueId.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || t.Technique.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Where(t => after is null || t.Position > after)
            .Take(limit + 1)
            .ToList();
        var next = matching.Count > limit ? ListCursor.Encode(matching[limit - 1].Position) : null;
        return PageJson.Ok("techniques", matching.Take(limit), (w, t) => Write(w, t.Technique), next);
    }

    public static EmulatorResult Retrieve(string techniqueId) =>
        TechniqueCatalog.Find(techniqueId) is { } technique
            ? EmulatorResult.Json(200, w => Write(w, technique))
            : EmulatorResult.NotFound($"Technique '{techniqueId}' was not found; list them with GET /techniques.");

    internal static void Write(Utf8JsonWriter w, TechniqueSpec technique)
    {
        w.WriteStartObject();
        w.WriteString("technique_id", technique.TechniqueId);
        w.WriteString("name", technique.Name);
        w.WriteString("description", technique.Description);
        w.WriteNumber("run_cost", technique.RunCost);
        WriteSlots(w, "inputs", technique.Inputs);
        WriteSlots(w, "outputs", technique.Outputs);
        w.WriteEndObject();
    }

    private static void WriteSlots(Utf8JsonWriter w, string name, IReadOnlyList<TechniqueSlot> slots)
    {
        w.WriteStartArray(name);
        foreach (var slot in slots)
        {
            w.WriteStartObject();
            w.WriteString("id", slot.Id);
            w.WriteString("name", slot.Name);
            w.WriteString("type", slot.Type);
            w.WriteString("description", slot.Description);
            w.WriteBoolean("optional", slot.Optional);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
