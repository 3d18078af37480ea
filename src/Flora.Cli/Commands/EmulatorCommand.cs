using System.CommandLine;
using Flora.Sdk.Testing;

namespace Flora.Cli.Commands;

/// <summary><c>flora emulator</c>: the local FLORA API of Flora.Sdk.Testing as a server any language can use, until Ctrl+C.</summary>
internal static class EmulatorCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 5080 };
        var workspace = new Option<string>("--workspace-id") { Description = "The workspace id to print (any ws_ id is accepted).", DefaultValueFactory = _ => FloraEmulatorOptions.DefaultWorkspaceId };
        var allowHost = new Option<string[]>("--allow-host") { Description = "Also accept https source URLs on this host (repeatable).", AllowMultipleArgumentsPerToken = false };
        var processing = new Option<double>("--processing-time") { Description = "Seconds an asset stays processing (pending_upload) before it is ready, after a complete, a direct create or a URL create." };
        var storeUploads = new Option<bool>("--store-uploads") { Description = "Keep uploaded bytes (owner-only temporary files) and serve them at each asset's url." };
        var maxUploadBytes = new Option<long>("--max-upload-bytes")
        {
            Description = "The most bytes one upload may carry; a larger one is refused with 413 (default: 5 GiB).",
            DefaultValueFactory = _ => FloraEmulatorOptions.DefaultMaxUploadBytes,
        };
        var webhookSecret = new Option<string>("--webhook-secret") { Description = "The secret run webhooks are signed with (Flora-Signature); default: a random whsec_ secret, printed at start." };
        var command = new Command("emulator", "Serve the local FLORA emulator on 127.0.0.1 until Ctrl+C; prints the FLORA_BASE_URL and FLORA_API_KEY to use.")
        {
            port, workspace, allowHost, processing, storeUploads, maxUploadBytes, webhookSecret,
        };

        // The global --api-key is here the key the emulator accepts. Without it (and never from $FLORA_API_KEY) each start
        // makes a random key, printed once: the documented test key is public, and any local process can reach the port.
        command.SetRunnerAction(async run =>
        {
            var (parse, output, cancellationToken) = (run.Parse, run.Output, run.CancellationToken);
            var options = new FloraEmulatorOptions
            {
                Port = parse.GetValue(port),
                ApiKey = parse.GetValue(GlobalOptions.ApiKey) ?? FloraEmulatorOptions.CreateRandomApiKey(),
                WorkspaceId = parse.GetValue(workspace)!,
                ProcessingTime = TimeSpan.FromSeconds(parse.GetValue(processing)),
                StoreUploads = parse.GetValue(storeUploads),
                MaxUploadBytes = parse.GetValue(maxUploadBytes),
                WebhookSecret = parse.GetValue(webhookSecret),
                RecordRequests = false,
            };
            foreach (var host in parse.GetValue(allowHost) ?? [])
            {
                options.AllowlistedHosts.Add(host);
            }

            await using var emulator = await StartAsync(options, cancellationToken);

            // Printed and flushed line by line: scripts and tests wait for FLORA_BASE_URL before they go on.
            await output.Stdout.WriteLineAsync($"FLORA emulator listening on {emulator.BaseUrl}");
            await output.Stdout.WriteLineAsync($"  FLORA_BASE_URL={emulator.BaseUrl}");
            await output.Stdout.WriteLineAsync($"  FLORA_API_KEY={emulator.ApiKey}");
            if (parse.GetValue(GlobalOptions.ApiKey) is null)
            {
                await output.Stdout.WriteLineAsync("  (a new random key each start; --api-key KEY sets one)");
            }

            await output.Stdout.WriteLineAsync($"  workspace id: {emulator.WorkspaceId} (any ws_ id is accepted)");
            await output.Stdout.WriteLineAsync($"  project id: {emulator.ProjectId} (any prj_ id is accepted)");
            await output.Stdout.WriteLineAsync($"  folder id: {emulator.FolderId} (any fld_ project folder id is accepted)");
            await output.Stdout.WriteLineAsync("  actions: the 40 prebuilt actions of FLORA's SDK 0.11.0 (GET /actions)");
            await output.Stdout.WriteLineAsync($"  webhook secret: {emulator.WebhookSecret}{(parse.GetValue(webhookSecret) is null ? " (random; --webhook-secret sets one)" : string.Empty)}");
            await output.Stdout.WriteLineAsync($"  techniques: {string.Join(", ", FloraEmulator.TechniqueIds)} (image in, image out: {FloraEmulator.TechniqueIds[0]})");
            await output.Stdout.WriteLineAsync($"  models: {string.Join(", ", FloraEmulator.ModelIds)}; ids holding 'fail' always fail");
            await output.Stdout.WriteLineAsync("Press Ctrl+C to stop.");
            await output.Stdout.FlushAsync(cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // What was served, for benchmarks and for anyone checking how chatty a client is.
                var counts = emulator.RequestCounts.Where(c => c.Value > 0).OrderBy(c => c.Key.ToString(), StringComparer.Ordinal);
                await output.Stdout.WriteLineAsync($"Stopping. requests: {counts.Sum(c => c.Value)} ({string.Join(", ", counts.Select(c => $"{c.Key.ToString().ToLowerInvariant()}={c.Value}"))})");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The started emulator; a port that is taken is the caller's to fix, as a bad option is (exit 2).</summary>
    private static async Task<FloraEmulator> StartAsync(FloraEmulatorOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await FloraEmulator.StartAsync(options, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new ArgumentException(ex.Message, ex);
        }
    }
}
