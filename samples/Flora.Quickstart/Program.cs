// FLORA quickstart: find your workspace and project ids, upload an image (one request) onto a project, wait until it
// is ready, run a technique on it, wait for the run and download its outputs, then list, retrieve, upload from a URL,
// attach, and handle an error.
//
//   dotnet run --project samples/Flora.Quickstart
//
// With no FLORA_API_KEY it starts the local FLORA emulator in-process (nothing leaves this machine) and runs the
// emulator's tech_emulator_upscale technique. With a key it talks to FLORA: set FLORA_WORKSPACE_ID too (a ws_ id), and
// optionally FLORA_BASE_URL and FLORA_PROJECT_ID; it runs a technique only when FLORA_TECHNIQUE_ID is set (runs cost
// money), with the uploaded image as the technique's input named 'image'.
using System.Diagnostics;
using Flora.Quickstart;
using Flora.Sdk;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

Console.WriteLine("FLORA .NET SDK quickstart");
Console.WriteLine("=========================");

FloraEmulator? emulator = null;
FloraClient? ownClient = null;
try
{
    FloraClient client;
    string workspaceId;
    string? projectId;
    if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(FloraClientOptions.ApiKeyEnvironmentVariable)))
    {
        // A second of "processing" after complete, so that waiting for readiness (and for the run) has something to wait
        // for; StoreUploads keeps the uploaded bytes, so the run's output (the input image) can be downloaded.
        emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromSeconds(1.5), StoreUploads = true });
        client = emulator.Client;
        workspaceId = emulator.WorkspaceId;
        projectId = null; // found below, from the project list
        Console.WriteLine($"FLORA_API_KEY is not set, so this run uses the local FLORA emulator started in-process at {emulator.BaseUrl}");
        Console.WriteLine("(nothing is sent to FLORA). Set FLORA_API_KEY and FLORA_WORKSPACE_ID to run against your FLORA account.");
    }
    else
    {
        workspaceId = Environment.GetEnvironmentVariable("FLORA_WORKSPACE_ID") ?? string.Empty;
        if (!workspaceId.StartsWith("ws_", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("FLORA_API_KEY is set, so this run talks to FLORA, but FLORA_WORKSPACE_ID is missing or does not start with 'ws_'.");
            Console.Error.WriteLine("Set FLORA_WORKSPACE_ID to your workspace's public id (for example ws_abc123), or unset FLORA_API_KEY to use the local emulator.");
            return 2;
        }

        projectId = Environment.GetEnvironmentVariable("FLORA_PROJECT_ID");
        client = ownClient = new FloraClient(); // reads FLORA_API_KEY and FLORA_BASE_URL
        Console.WriteLine($"Talking to FLORA at {client.BaseUrl} (workspace {workspaceId}).");
    }

    await RunAsync(client, workspaceId, projectId, emulatorMode: emulator is not null);
    Console.WriteLine();
    Console.WriteLine("All done.");
    return 0;
}
catch (FloraApiException ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"FAILED: FLORA answered {(int)ex.StatusCode} {ex.ErrorCode} (request id {ex.RequestId ?? "none"}): {ex.Message}");
    return 1;
}
catch (FloraException ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"FAILED: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
finally
{
    ownClient?.Dispose();
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}

static async Task RunAsync(FloraClient client, string workspaceId, string? projectId, bool emulatorMode)
{
    // 0. Where the ids come from: the workspaces the key can use, and a workspace's projects.
    Step(0, "Find your workspace and project ids");
    var workspaces = await client.Workspaces.ListAsync();
    foreach (var workspace in workspaces.Workspaces)
    {
        Console.WriteLine($"   Workspace {workspace.WorkspaceId,-20} {workspace.Name} ({workspace.Role})");
    }

    await foreach (var project in client.Projects.ListAsync(new ProjectListParams { WorkspaceId = workspaceId, Limit = 10 }))
    {
        Console.WriteLine($"   Project   {project.ProjectId,-20} {project.Name}");
        projectId ??= project.ProjectId;
    }

    // 1. Upload an image made in code. Up to 4 MiB it goes direct: one request, answered ready. With a project id the
    //    asset is also placed on that project's canvas. Larger files take the signed path (reserve, upload, complete).
    Step(1, "Upload a generated PNG" + (projectId is null ? string.Empty : $" onto project {projectId}"));
    var png = PngImage.CreateGradient(640, 400);
    Console.WriteLine($"   Generated quickstart-gradient.png: 640 x 400 pixels, {ProgressBar.Format(png.Length)}");
    var uploaded = await client.Assets.UploadAsync(
        new MemoryStream(png),
        new AssetUploadParams
        {
            WorkspaceId = workspaceId,
            FileName = "quickstart-gradient.png",
            Folder = "quickstart",
            ProjectId = projectId,
            Progress = new ProgressBar(png.Length),
        });
    Console.WriteLine($"   Uploaded as {uploaded.AssetId} (status: {uploaded.Status})");

    // 2. Wait until FLORA has processed it.
    Step(2, "Wait until the asset is ready");
    var watch = Stopwatch.StartNew();
    var ready = await client.Assets.WaitForReadyAsync(uploaded.AssetId, TimeSpan.FromMinutes(2));
    Console.WriteLine($"   {ready.AssetId} is {ready.Status} after {watch.Elapsed.TotalSeconds:0.0} s");
    Console.WriteLine($"   URL: {ready.Url}");

    // 3. From asset to result: run a technique on the asset, wait for the run, and write its outputs to a folder.
    Step(3, "Run a technique on the asset and download its outputs");
    await TechniqueStep.RunAsync(client, ready, emulatorMode);

    // 4. List the workspace's assets, newest first (one page here; await foreach would walk every page).
    Step(4, $"List the assets of workspace {workspaceId}");
    await foreach (var page in client.Assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId, Limit = 5 }).AsPages())
    {
        Console.WriteLine($"   {"ASSET ID",-28} {"STATUS",-15} {"SIZE",10}  NAME");
        foreach (var asset in page.Items)
        {
            var size = asset.SizeBytes is { } bytes ? ProgressBar.Format(bytes) : "-";
            Console.WriteLine($"   {asset.AssetId,-28} {asset.Status,-15} {size,10}  {asset.Name ?? "(no name)"}");
        }

        Console.WriteLine($"   {page.Items.Count} shown of about {page.TotalEstimate?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}"
            + (page.NextCursor is null ? string.Empty : "; more pages follow"));
        break;
    }

    // 5. Retrieve one asset's details.
    Step(5, $"Retrieve {uploaded.AssetId}");
    var details = await client.Assets.RetrieveAsync(uploaded.AssetId);
    Console.WriteLine($"   Name:         {details.Name}");
    Console.WriteLine($"   Content type: {details.ContentType}");
    Console.WriteLine($"   Size:         {(details.SizeBytes is { } length ? ProgressBar.Format(length) : "unknown")}");
    Console.WriteLine($"   Dimensions:   {(details.Width is { } w && details.Height is { } h ? $"{w} x {h}" : "unknown")}");
    Console.WriteLine($"   Created:      {details.CreatedAt:u}");
    Console.WriteLine($"   Uploaded via: {details.UploadedVia}");

    // 6. Upload from a URL: FLORA fetches it itself (public https, up to 50 MB), and the call waits until it is ready.
    Step(6, "Upload from a URL");
    if (emulatorMode)
    {
        var fromUrl = await client.Assets.UploadFromUrlAsync(
            new Uri("https://media.flora.ai/example.png"), new AssetUrlUploadParams { WorkspaceId = workspaceId });
        Console.WriteLine($"   https://media.flora.ai/example.png -> {fromUrl.AssetId} ({fromUrl.Status})");
        Console.WriteLine("   (the emulator allowlists media.flora.ai and never contacts it)");
    }
    else
    {
        Console.WriteLine("   Skipped against FLORA: pass a public https URL of an image to client.Assets.UploadFromUrlAsync.");
    }

    // 7. Attach an existing asset to a project (step 1 already placed the upload; attaching answers its canvas node).
    Step(7, "Attach the asset to a project");
    if (projectId is null)
    {
        Console.WriteLine("   Skipped: the workspace has no project; set FLORA_PROJECT_ID (a prj_ id) to try it.");
    }
    else
    {
        var attached = await client.Projects.AttachAssetAsync(projectId, uploaded.AssetId);
        Console.WriteLine($"   Attached {attached.AssetId} to {attached.ProjectId}, node {attached.NodeId}");
        Console.WriteLine($"   Canvas: {attached.CanvasUrl}");
    }

    // 8. Errors are typed exceptions that carry FLORA's error code and request id.
    Step(8, "Handle an error: retrieve an asset that does not exist");
    try
    {
        await client.Assets.RetrieveAsync("asset_does_not_exist");
        throw new FloraException("Expected FLORA to answer 404 for a missing asset.");
    }
    catch (FloraNotFoundException ex)
    {
        Console.WriteLine($"   Caught {nameof(FloraNotFoundException)}: HTTP {(int)ex.StatusCode}, code '{ex.ErrorCode}', request id {ex.RequestId}");
        Console.WriteLine($"   Message: {ex.Message}");
    }
}

static void Step(int number, string title)
{
    Console.WriteLine();
    Console.WriteLine($"{number}. {title}");
}
