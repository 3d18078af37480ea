using System.CommandLine;
using Flora.Cli.Runs;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora generations create</c>: a generation from a prompt, with an optional wait and download.</summary>
internal static class GenerationCommands
{
    public static Command Create() => new("generations", "Generate images, videos, audio or text from a prompt.")
    {
        CreateCommand(),
    };

    private static Command CreateCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var project = SharedOptions.ProjectId(required: true);
        var type = new Option<string>("--type", "-t") { Description = "What to generate: image, video, audio or text.", Required = true };
        type.AcceptOnlyFromAmong(GenerationType.Image, GenerationType.Video, GenerationType.Audio, GenerationType.Text);
        var prompt = new Option<string>("--prompt") { Description = "What to generate.", Required = true };
        var model = new Option<string?>("--model", "-m") { Description = "The model id (see 'flora models list'); FLORA picks one when left out." };
        var wait = RunOptions.Wait();
        var waitTimeout = RunOptions.WaitTimeout();
        var folder = RunOptions.Output();
        var command = new Command("create", "Start a generation; --wait waits for it, --output writes its outputs.")
        {
            workspace, project, type, prompt, model, wait, waitTimeout, folder,
        };
        command.SetRunnerAction(async run =>
        {
            var timeout = SharedOptions.WaitTimeoutOf(run.Parse, waitTimeout);
            var started = await run.Client.Generations.CreateAsync(
                new GenerationCreateParams
                {
                    WorkspaceId = run.Value(workspace)!,
                    ProjectId = run.Value(project)!,
                    Type = run.Value(type),
                    Prompt = run.Value(prompt),
                    Model = run.Value(model),
                },
                cancellationToken: run.CancellationToken);
            return await RunResults.FinishAsync(run, started.RunId, started, run.Value(wait), timeout, run.Value(folder));
        });
        return command;
    }
}
