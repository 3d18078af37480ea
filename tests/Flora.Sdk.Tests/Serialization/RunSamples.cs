using System.Text.Json;
using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Serialization;

/// <summary>Fully populated samples of the run, technique and model records (#29), for the round-trip and equality rules.</summary>
internal static class RunSamples
{
    private static readonly DateTimeOffset s_time = new(2026, 12, 7, 18, 11, 19, TimeSpan.Zero);

    private static readonly RunOutput s_output = new() { OutputId = "image", Type = "imageUrl", Url = "https://cdn.example/out.png" };

    private static readonly TechniqueField s_field = new()
    {
        Id = "image",
        Name = "Image",
        Type = "imageUrl",
        Optional = false,
        AllowMultiple = true,
        AcceptsElement = false,
        Description = "d",
        SpecifiedAspectRatio = "1:1",
        SpecifiedDuration = 2.5,
    };

    private static readonly ModelParam s_param = new()
    {
        Name = "seed",
        Type = "int",
        Required = false,
        Description = "d",
        Default = JsonDocument.Parse("7").RootElement,
        Label = "Seed",
        Min = 0,
        Max = 100,
    };

    private static readonly ModelInfo s_model = new()
    {
        ModelId = "flux-pro",
        Name = "Flux Pro",
        Provider = "bfl",
        Type = GenerationType.Image,
        Capabilities = ["text-to-image"],
        EstimatedCredits = 1.5m,
        EstimatedSeconds = 12,
        Beta = true,
        Params = [s_param],
    };

    public static Dictionary<Type, object> Add(Dictionary<Type, object> samples)
    {
        samples[typeof(RunOutput)] = s_output;
        samples[typeof(Run)] = new Run
        {
            RunId = "run_1",
            Status = RunStatus.Completed,
            Progress = 100,
            Outputs = [s_output],
            CreatedAt = s_time,
            StartedAt = s_time,
            CompletedAt = s_time,
            ChargedCost = 0.25m,
            ErrorCode = "e",
            ErrorMessage = "m",
            PollUrl = "https://app.flora.ai/api/v1/runs/run_1",
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            TechniqueId = "tech_1",
            TechniqueName = "Upscale",
            ModelId = "flux-pro",
            TechniqueRunId = "run_1",
            GenerationId = "gen_1",
        };
        samples[typeof(RunStartResponse)] = new RunStartResponse
        {
            RunId = "run_1",
            Type = "technique",
            ChargedCost = 0.25m,
            EstimatedSeconds = 30,
            PollUrl = "https://app.flora.ai/api/v1/runs/run_1",
            ProjectId = "prj_1",
            TechniqueId = "tech_1",
            TechniqueName = "Upscale",
            ModelId = "flux-pro",
            ActionId = "rotate-image-browser",
        };
        samples[typeof(Technique)] = new Technique
        {
            TechniqueId = "tech_1",
            Name = "Upscale",
            Description = "d",
            RunCost = 0.25m,
            Inputs = [s_field],
            Outputs = [s_field with { Id = "result" }],
        };
        samples[typeof(RunStatus)] = new RunStatus("queued");
        samples[typeof(RunStartTechniqueParams)] = new RunStartTechniqueParams
        {
            TechniqueId = "tech_1",
            WorkspaceId = "ws_1",
            Inputs = new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["image"] = "https://cdn.example/in.png" },
        };
        samples[typeof(ModelParam)] = s_param;
        samples[typeof(ModelInfo)] = s_model;
        samples[typeof(ModelListResponse)] = new ModelListResponse { Models = [s_model] };
        return samples;
    }
}
