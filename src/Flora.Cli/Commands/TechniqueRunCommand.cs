using System.CommandLine;
using Flora.Cli.Runs;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary>
/// <c>flora techniques run &lt;technique-id&gt; --input &lt;id&gt;=&lt;file|asset id|url|text&gt;…</c>: checks the inputs,
/// uploads local files through the upload batch (never twice), starts the run, and with <c>--wait</c> or <c>--output</c>
/// waits for it and writes its outputs.
/// </summary>
internal static class TechniqueRunCommand
{
    public static Command Create()
    {
        var technique = TechniqueCommands.TechniqueId();
        var inputs = new Option<string[]>("--input", "-i")
        {
            Description = "An input as <input-id>=<value>, repeatable. The value: a local file (uploaded first, once), an asset id (asset_…), "
                + "an https URL (sent as the input's declared imageUrl or videoUrl), or else text.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var workspace = SharedOptions.WorkspaceId(required: false);
        workspace.Description = "The workspace id (ws_…) the local files are uploaded to; needed when an input is a file.";
        var wait = RunOptions.Wait();
        var waitTimeout = RunOptions.WaitTimeout();
        var folder = RunOptions.Output();
        var manifestOption = new Option<string?>("--manifest") { Description = "The upload manifest of the local files (default: .flora-upload.json in the folder that holds them)." };
        var command = new Command("run", "Run a technique: local files are uploaded first (a rerun does not upload them again), then the run starts; --wait waits for it, --output writes its outputs.")
        {
            technique, inputs, workspace, wait, waitTimeout, folder, manifestOption,
        };
        command.SetRunnerAction(async run =>
        {
            // Everything that can be checked on this machine is, before the first request.
            var techniqueId = run.Value(technique);
            var specs = TechniqueInputs.Parse(run.Value(inputs) ?? []);
            var timeout = SharedOptions.WaitTimeoutOf(run.Parse, waitTimeout);
            var files = specs.Where(s => s.Kind == TechniqueInputKind.File).Select(s => s.FullPath).ToList();
            var workspaceId = run.Value(workspace);
            if (files.Count > 0 && workspaceId is null)
            {
                throw new ArgumentException("An input is a local file: give --workspace-id (ws_…) to upload it to.");
            }

            var client = run.Client;
            var declared = await client.Techniques.RetrieveAsync(techniqueId, cancellationToken: run.CancellationToken);
            TechniqueInputs.Check(specs, declared);
            IReadOnlyDictionary<string, string> uploaded = new Dictionary<string, string>();
            if (files.Count > 0)
            {
                var (assets, exitCode) = await TechniqueUploads.UploadAsync(run, files, workspaceId!, run.Value(manifestOption));
                if (assets is null)
                {
                    return exitCode;
                }

                uploaded = assets;
            }

            var runInputs = new List<TechniqueRunInput>();
            foreach (var spec in specs)
            {
                runInputs.Add(spec.Kind switch
                {
                    TechniqueInputKind.File => TechniqueRunInput.FromAsset(spec.Id, await AssetAsync(run, uploaded[spec.FullPath])),
                    TechniqueInputKind.AssetId => TechniqueRunInput.FromAsset(spec.Id, await AssetAsync(run, spec.Value)),
                    TechniqueInputKind.Url => TechniqueInputs.FromUrl(spec, declared),
                    _ => TechniqueRunInput.Text(spec.Id, spec.Value),
                });
            }

            var started = await client.Techniques.Runs.CreateAsync(techniqueId, new TechniqueRunCreateParams { Inputs = runInputs }, cancellationToken: run.CancellationToken);
            return await RunResults.FinishAsync(run, started.RunId, started, run.Value(wait), timeout, run.Value(folder));
        });
        return command;
    }

    private static async Task<Asset> AssetAsync(CommandRun run, string assetId) =>
        (await run.Client.Assets.RetrieveAsync(assetId, cancellationToken: run.CancellationToken)).ToAsset();
}
