namespace Flora.Sdk.Testing.Server;

/// <summary><c>GET /techniques</c>: the techniques the key can run.</summary>
internal sealed class TechniqueEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    public void Map(EmulatorRoutes routes) => routes.Get("/techniques", EmulatorRoute.ListTechniques, _ => List());

    private EmulatorResult List() => EmulatorResult.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("techniques");
        w.WriteEndArray();
        w.WriteNumber("assets", state.AssetCount);
        w.WriteEndObject();
    });
}
