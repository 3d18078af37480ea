using System.Diagnostics;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Quickstart;

/// <summary>
/// From asset to result: runs a technique on the uploaded asset, waits for the run and writes its outputs to a folder.
/// </summary>
internal static class TechniqueStep
{
    /// <summary>The emulator's technique that takes an image input named <c>image</c> and answers it back as its output.</summary>
    public const string EmulatorTechniqueId = "tech_emulator_upscale";

    /// <summary>Where the technique id comes from when the quickstart talks to FLORA (runs cost money, so never by default).</summary>
    public const string TechniqueIdEnvironmentVariable = "FLORA_TECHNIQUE_ID";

    public static async Task RunAsync(FloraClient client, Asset asset, bool emulatorMode)
    {
        var techniqueId = emulatorMode ? EmulatorTechniqueId : Environment.GetEnvironmentVariable(TechniqueIdEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(techniqueId))
        {
            Console.WriteLine($"   Skipped against FLORA (a run costs money): set {TechniqueIdEnvironmentVariable} to a technique that takes an image");
            Console.WriteLine("   input named 'image' (flora techniques list, or client.Techniques.ListAsync(), shows yours).");
            return;
        }

        // FromAsset checks the asset is ready, has an https URL and is an image or video, before anything is sent.
        var run = await client.Techniques.Runs.CreateAsync(
            techniqueId, new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.FromAsset("image", asset)] });
        Console.WriteLine($"   Started run {run.RunId} of {techniqueId} (status: {run.Status})");

        // The wait polls GET /runs/{id} until the run ends; a failed run throws FloraRunFailedException.
        var watch = Stopwatch.StartNew();
        var done = await client.Runs.WaitForCompletionAsync(run.RunId, new RunWaitOptions { Timeout = TimeSpan.FromMinutes(10) });
        Console.WriteLine($"   Run {done.RunId} is {done.Status} after {watch.Elapsed.TotalSeconds:0.0} s, {done.Outputs.Count} output(s)");

        // Each output becomes <output_id><ext> in the folder (text outputs <output_id>.txt); the paths come back in order.
        var folder = Path.Combine(Path.GetTempPath(), "flora-quickstart", done.RunId);
        var files = await client.Runs.DownloadOutputsAsync(done, folder);
        foreach (var file in files)
        {
            Console.WriteLine($"   Wrote {file} ({ProgressBar.Format(new FileInfo(file).Length)})");
        }
    }
}
