using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Techniques, technique runs, runs, generations and models through the typed client, against the emulator.</summary>
public sealed class TypedRunTests
{
    private const string Upscale = "tech_emulator_upscale";
    private static readonly TimeSpan s_processing = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Techniques_ListPagesOneByOne_AndRetrieveReadsTheDefinition()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var pages = new List<Page<Technique>>();
        await foreach (var page in client.Techniques.ListAsync(new TechniqueListParams { Limit = 1 }).AsPages())
        {
            pages.Add(page);
        }

        var found = await client.Techniques.ListAsync(new TechniqueListParams { Query = "caption", WorkspaceId = emulator.WorkspaceId }).ToListAsync();
        var technique = await client.Techniques.RetrieveAsync(Upscale);

        Assert.All(pages, page => Assert.Single(page.Items));
        Assert.Equal(FloraEmulator.TechniqueIds, pages.Select(page => page.Items[0].TechniqueId));
        Assert.Null(pages[^1].NextCursor);
        Assert.Equal(["tech_emulator_caption"], found.Select(t => t.TechniqueId));
        Assert.Equal(Upscale, technique.TechniqueId);
        Assert.Equal(("image", "imageUrl"), (technique.Inputs[0].Id, technique.Inputs[0].Type));
        Assert.Equal("imageUrl", technique.Outputs[0].Type);
        Assert.True(technique.RunCost > 0);
        await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Techniques.RetrieveAsync("tech_nope"));
    }

    [Fact]
    public async Task TechniqueRun_FromUploadedPng_WaitsAndDownloadsTheInputsBytes_ThenRetrieveAndListFindIt()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true, ProcessingTime = s_processing });
        var client = emulator.Client;
        var bytes = TestData.RandomBytes(4096);
        var asset = await client.Assets.UploadAsync(
            new MemoryStream(bytes), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "in.png", WaitForReady = true });
        var folder = Directory.CreateTempSubdirectory("flora-typed-run-").FullName;
        try
        {
            var created = await client.Techniques.Runs.CreateAsync(
                Upscale, new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.FromAsset("image", asset)] });
            var done = await client.Runs.WaitForCompletionAsync(created.RunId, new RunWaitOptions { Timeout = TimeSpan.FromSeconds(30) });
            var files = await client.Runs.DownloadOutputsAsync(done, folder);
            var retrieved = await client.Techniques.Runs.RetrieveAsync(Upscale, created.RunId);
            var listed = await client.Techniques.Runs.ListAsync(new TechniqueRunListParams { TechniqueId = Upscale }).ToListAsync();
            var otherTechnique = await client.Techniques.Runs.ListAsync(new TechniqueRunListParams { TechniqueId = "tech_emulator_caption" }).ToListAsync();

            Assert.Equal(RunStatus.Pending, created.Status);
            Assert.Equal(RunStatus.Completed, done.Status);
            var output = Assert.Single(done.Outputs);
            Assert.Equal("imageUrl", output.Type);
            var file = Assert.Single(files);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
            Assert.Equal((created.RunId, RunStatus.Completed), (retrieved.RunId, retrieved.Status));
            var item = Assert.Single(listed);
            Assert.Equal(created.RunId, item.RunId);
            Assert.Equal(Upscale, item.TechniqueId);
            Assert.Empty(otherTechnique);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Runs_StartTechniqueAndStartGeneration_AnswerRunIdsThatComplete()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var technique = await client.Runs.StartTechniqueAsync(new RunStartTechniqueParams
        {
            TechniqueId = "tech_emulator_text_to_image",
            WorkspaceId = emulator.WorkspaceId,
            Inputs = new Dictionary<string, JsonNode?> { ["prompt"] = "A lighthouse at dusk" },
        });
        var generation = await client.Runs.StartGenerationAsync(new GenerationCreateParams
        {
            WorkspaceId = emulator.WorkspaceId,
            ProjectId = emulator.ProjectId,
            Prompt = "A ceramic mug",
            Type = "text",
            Model = "emulator-text",
            Params = new Dictionary<string, JsonNode?> { ["temperature"] = 0.5 },
        });
        var techniqueRun = await client.Runs.WaitForCompletionAsync(technique.RunId);
        var generationRun = await client.Runs.RetrieveAsync(generation.RunId);

        Assert.Equal("tech_emulator_text_to_image", technique.TechniqueId);
        Assert.Equal(("generation", "emulator-text"), (generation.Type, generation.ModelId));
        Assert.Equal(RunStatus.Completed, techniqueRun.Status);
        Assert.NotEmpty(techniqueRun.Outputs);
        Assert.Equal(RunStatus.Completed, generationRun.Status);
        Assert.Equal("text", Assert.Single(generationRun.Outputs).Type);
    }

    [Fact]
    public async Task Generations_CreateRetrieveList_AndModelsListWithAndWithoutType()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var started = await client.Generations.CreateAsync(new GenerationCreateParams
        {
            WorkspaceId = emulator.WorkspaceId,
            ProjectId = emulator.ProjectId,
            Prompt = "A red bicycle",
            Type = "image",
        });
        var run = await client.Generations.RetrieveAsync(started.RunId);
        var listed = await client.Generations.ListAsync(new GenerationListParams { ProjectId = emulator.ProjectId }).ToListAsync();
        var failedOnly = await client.Generations.ListAsync(new GenerationListParams { Status = RunStatus.Failed }).ToListAsync();
        var all = await client.Models.ListAsync();
        var video = await client.Models.ListAsync(new ModelListParams { Type = "video" });

        Assert.Equal(("generation", "emulator-image", emulator.ProjectId), (started.Type, started.ModelId, started.ProjectId));
        Assert.Equal((started.RunId, RunStatus.Completed), (run.RunId, run.Status));
        Assert.Equal("imageUrl", Assert.Single(run.Outputs).Type);
        Assert.Equal(started.RunId, Assert.Single(listed).RunId);
        Assert.Empty(failedOnly);
        Assert.Equal(FloraEmulator.ModelIds, all.Models.Select(m => m.ModelId));
        Assert.NotEmpty(video.Models);
        Assert.All(video.Models, m => Assert.Equal("video", m.Type));
        Assert.True(video.Models.Count < all.Models.Count);
    }

    [Fact]
    public async Task FailingTechniqueAndModel_WaitThrowsRunFailedWithTheErrorCode()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var technique = await client.Techniques.Runs.CreateAsync(
            "tech_emulator_always_fail", new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.Text("prompt", "x")] });
        var generation = await client.Generations.CreateAsync(new GenerationCreateParams
        {
            WorkspaceId = emulator.WorkspaceId,
            ProjectId = emulator.ProjectId,
            Prompt = "x",
            Type = "image",
            Model = "emulator-image-always-fail",
        });

        foreach (var runId in new[] { technique.RunId, generation.RunId })
        {
            var error = await Assert.ThrowsAsync<FloraRunFailedException>(() => client.Runs.WaitForCompletionAsync(runId));
            Assert.Equal(runId, error.RunId);
            Assert.Equal("emulated_failure", error.ErrorCode);
            Assert.Contains("always fails", error.RunErrorMessage, StringComparison.Ordinal);
            Assert.Equal(RunStatus.Failed, error.Run.Status);
        }
    }

    [Fact]
    public async Task Wait_TimeoutShorterThanProcessing_ThrowsNotFinished_AndASecondWaitDoesNotRestartTheRun()
    {
        // Longer than the other tests' second: the first requests of a fresh emulator can take most of a second on a busy machine.
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromSeconds(4) });
        var client = emulator.Client;
        var created = await client.Techniques.Runs.CreateAsync(
            "tech_emulator_text_to_image", new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.Text("prompt", "A quiet harbour")] });

        var error = await Assert.ThrowsAsync<FloraRunNotFinishedException>(() => client.Runs.WaitForCompletionAsync(
            created.RunId, new RunWaitOptions { Timeout = TimeSpan.FromMilliseconds(200), PollInterval = TimeSpan.FromMilliseconds(50) }));
        var done = await client.Runs.WaitForCompletionAsync(created.RunId, new RunWaitOptions { Timeout = TimeSpan.FromSeconds(30) });

        Assert.Equal(created.RunId, error.RunId);
        Assert.True(error.LastStatus == RunStatus.Pending || error.LastStatus == RunStatus.Running, $"LastStatus was {error.LastStatus}.");
        Assert.Equal((created.RunId, RunStatus.Completed), (done.RunId, done.Status));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.CreateTechniqueRun));
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.StartTechniqueRun));
        Assert.Single(await client.Techniques.Runs.ListAsync(new TechniqueRunListParams { TechniqueId = "tech_emulator_text_to_image" }).ToListAsync());
    }
}
