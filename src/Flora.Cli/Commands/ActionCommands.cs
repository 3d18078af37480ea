using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flora.Cli.Runs;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora actions list|get|run</c>: FLORA's actions, and a run of one on URLs or text.</summary>
internal static class ActionCommands
{
    public static Command Create() => new("actions", "List and show FLORA's actions, and run one on URLs or text.")
    {
        ListCommand(),
        GetCommand(),
        RunCommand(),
    };

    private static Command ListCommand()
    {
        var command = new Command("list", "List the actions.");
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.WriteList((await client.Actions.ListAsync(cancellationToken: ct)).Actions);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command GetCommand()
    {
        var id = ActionId();
        var command = new Command("get", "Show one action: its inputs and parameters.") { id };
        command.Aliases.Add("retrieve");
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Actions.RetrieveAsync(parse.GetValue(id)!, cancellationToken: ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RunCommand()
    {
        var id = ActionId();
        var inputs = new Option<string[]>("--input", "-i")
        {
            Description = "An input, repeatable: an https URL (sent as an image, or as a video or audio by its extension) or else text.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var workspace = SharedOptions.WorkspaceId(required: true);
        var project = SharedOptions.ProjectId(required: true);
        var parameters = new Option<string[]>("--param")
        {
            Description = "An action parameter as key=value, repeatable; the value is sent as JSON when it parses (8, true, [1,2]), else as a string.",
            AllowMultipleArgumentsPerToken = false,
        };
        var wait = RunOptions.Wait();
        var waitTimeout = RunOptions.WaitTimeout();
        var folder = RunOptions.Output();
        var command = new Command("run", "Run an action on URLs or text; --wait waits for the run, --output writes its outputs.")
        {
            id, inputs, workspace, project, parameters, wait, waitTimeout, folder,
        };
        command.SetRunnerAction(async run =>
        {
            // Everything is checked before the first request.
            var actionId = run.Value(id);
            if (string.IsNullOrWhiteSpace(actionId))
            {
                throw new ArgumentException("The action id is empty.");
            }

            var actionInputs = (run.Value(inputs) ?? []).Select(ParseInput).ToList();
            var body = ParseParams(run.Value(parameters) ?? []);
            var timeout = SharedOptions.WaitTimeoutOf(run.Parse, waitTimeout);
            var started = await run.Client.Actions.RunAsync(
                actionId, run.Value(workspace)!, run.Value(project)!, actionInputs, body, cancellationToken: run.CancellationToken);
            return await RunResults.FinishAsync(run, started.RunId, started, run.Value(wait), timeout, run.Value(folder));
        });
        return command;
    }

    /// <summary>An input: an https URL as an image, video or audio (by its extension), else text.</summary>
    internal static ActionInput ParseInput(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An --input is empty: give an https URL or text.");
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            var extension = Path.GetExtension(uri.AbsolutePath).ToLowerInvariant();
            return extension switch
            {
                ".mp4" or ".mov" or ".webm" or ".mkv" => ActionInput.Video(value),
                ".mp3" or ".wav" or ".ogg" or ".m4a" or ".flac" => ActionInput.Audio(value),
                _ => ActionInput.Image(value),
            };
        }

        return ActionInput.FromText(value);
    }

    /// <summary>The <c>--param key=value</c> pairs as a JSON object: each value as JSON when it parses, else a string.</summary>
    internal static JsonObject? ParseParams(IReadOnlyList<string> pairs)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        var body = new JsonObject();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--param '{pair}' is not key=value.");
            }

            var key = pair[..equals].Trim();
            if (key.Length == 0 || body.ContainsKey(key))
            {
                throw new ArgumentException($"--param '{pair}': the key is empty or given twice.");
            }

            body[key] = ParseValue(pair[(equals + 1)..]);
        }

        return body;
    }

    private static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static Argument<string> ActionId() => new("action-id") { Description = "The action id." };
}
