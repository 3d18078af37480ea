using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Flora.Cli.Runs;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora projects canvas get|update</c>, <c>flora projects graph</c> and <c>flora projects run-nodes</c>.</summary>
internal static class ProjectCanvasCommands
{
    // The body file is read with the wire's snake_case names, like the tool writes them.
    private static readonly JsonSerializerOptions s_body = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Command CanvasCommand() => new("canvas", "A project's canvas: its diagram and node parameters.")
    {
        CanvasGetCommand(),
        CanvasUpdateCommand(),
    };

    private static Command CanvasGetCommand()
    {
        var id = SharedOptions.ProjectIdInput();
        var command = new Command("get", "Show a project's canvas.") { id.Option, id.Argument };
        command.Aliases.Add("retrieve");
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Projects.Canvas.RetrieveAsync(id.Value(parse), cancellationToken: ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CanvasUpdateCommand()
    {
        var id = SharedOptions.ProjectIdInput();
        var body = new Option<string>("--body", "-b")
        {
            Description = "A JSON file with the new canvas ({\"diagram\": \"…\", \"node_params\": {…}}), or - for stdin.",
            Required = true,
        };
        var command = new Command("update", "Replace a project's canvas with the body from a file or stdin.") { id.Option, id.Argument, body };
        command.SetRunnerAction(async run =>
        {
            var projectId = id.Value(run.Parse);
            var parameters = await ReadBodyAsync(run.Value(body), run.CancellationToken);
            run.Output.Write(await run.Client.Projects.Canvas.UpdateAsync(projectId, parameters, cancellationToken: run.CancellationToken));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command GraphCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var id = SharedOptions.ProjectIdInput();
        var command = new Command("graph", "Show a project's graph: its nodes, edges, inputs and outputs.") { workspace, id.Option, id.Argument };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Workspaces.Projects.GraphAsync(parse.GetValue(workspace)!, id.Value(parse), cancellationToken: ct));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command RunNodesCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var project = SharedOptions.ProjectId(required: true);
        var nodes = new Argument<string[]>("node-id") { Description = "The ids of the nodes to run.", Arity = ArgumentArity.OneOrMore };
        var wait = RunOptions.Wait();
        var waitTimeout = RunOptions.WaitTimeout();
        var folder = RunOptions.Output();
        var command = new Command("run-nodes", "Run nodes of a project's canvas; --wait waits for every run started, --output writes their outputs.")
        {
            workspace, project, nodes, wait, waitTimeout, folder,
        };
        command.SetRunnerAction(async run =>
        {
            var nodeIds = run.Value(nodes) ?? [];
            if (nodeIds.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException("A node id is empty.");
            }

            var timeout = SharedOptions.WaitTimeoutOf(run.Parse, waitTimeout);
            var started = await run.Client.Workspaces.Projects.RunNodesAsync(
                run.Value(workspace)!, run.Value(project)!, new ProjectRunNodesParams { NodeIds = nodeIds }, cancellationToken: run.CancellationToken);
            var outputFolder = run.Value(folder);
            if (!run.Value(wait) && outputFolder is null)
            {
                run.Output.Write(started);
                return ExitCodes.Success;
            }

            // Each started run is waited for in turn with the runs' own wait; the worst exit code wins.
            var exitCode = ExitCodes.Success;
            foreach (var runId in started.Runs.Select(r => r.RunId).OfType<string>())
            {
                var code = await RunResults.WaitAndWriteAsync(run, runId, timeout, outputFolder);
                exitCode = Math.Max(exitCode, code);
                if (code == ExitCodes.Cancelled)
                {
                    break;
                }
            }

            return exitCode;
        });
        return command;
    }

    private static async Task<ProjectCanvasUpdateParams> ReadBodyAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"The body {path} cannot be read: {e.Message}", e);
        }

        try
        {
            var parameters = JsonSerializer.Deserialize<ProjectCanvasUpdateParams>(text, s_body);
            return parameters is null || string.IsNullOrWhiteSpace(parameters.Diagram)
                ? throw new ArgumentException($"The body {path} has no \"diagram\".")
                : parameters;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The body {path} is not a canvas as JSON: {e.Message}", e);
        }
    }
}
