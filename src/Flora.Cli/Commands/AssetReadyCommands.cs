using System.CommandLine;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary>
/// <c>flora assets wait</c> and <c>flora assets upload-url</c> (the SDK's <see cref="IAssetService.UploadFromUrlAsync"/>): the commands that wait for an asset to be ready, with
/// the same <c>--wait-timeout</c> as <c>flora assets upload --wait</c>.
/// </summary>
internal static class AssetReadyCommands
{
    public static Command WaitCommand()
    {
        var id = SharedOptions.AssetId();
        var timeout = SharedOptions.WaitTimeout("Seconds to wait in all (default 120). The asset still processing then exits 1 and is named; wait again, never upload it again.");
        var command = new Command("wait", "Wait until an asset is ready and show it: exit 0 when ready, 1 when it failed or is still processing after --wait-timeout.")
        {
            id.Option, id.Argument, timeout,
        };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var assetId = id.Value(parse);
            var limit = SharedOptions.WaitTimeoutOf(parse, timeout);
            return await WriteWhenReadyAsync(output, client.Assets.WaitForReadyAsync(assetId, limit, cancellationToken: ct));
        });
        return command;
    }

    public static Command UploadUrlCommand()
    {
        var url = new Argument<string>("url") { Description = "The public https URL FLORA fetches (at most 50 MB)." };
        var workspace = SharedOptions.WorkspaceId(required: true);
        var fileName = SharedOptions.FileName("The asset's file name (default: the URL's last path segment).");
        var contentType = SharedOptions.ContentType("The asset's content type, for example image/png (default: from the file name).");
        var folder = SharedOptions.Folder();
        var project = SharedOptions.ProjectId(required: false, "Also place the asset on this project's canvas (prj_…).");
        var allowUnknownType = SharedOptions.AllowUnknownType("Send --content-type even when FLORA does not document it.");
        var timeout = SharedOptions.WaitTimeout("Seconds to wait for the fetched asset to be ready (default 120). Still processing then: exit 1 naming the asset; wait with 'flora assets wait'.");
        var command = new Command("upload-url", "Have FLORA fetch a public https URL into a new asset, and wait until it is ready.")
        {
            url, workspace, fileName, contentType, folder, project, allowUnknownType, timeout,
        };
        command.Aliases.Add("upload-from-url");
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var text = parse.GetValue(url)!;
            var source = Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps ? absolute
                : throw new ArgumentException(absolute?.IsFile == true
                    ? "upload-url takes an https URL FLORA fetches; to upload a local file use 'flora assets upload <path>'."
                    : "The URL must be an absolute https URL FLORA can fetch, such as https://media.flora.ai/product.png.");
            var parameters = new AssetUrlUploadParams
            {
                WorkspaceId = parse.GetValue(workspace)!,
                FileName = parse.GetValue(fileName),
                ContentType = parse.GetValue(contentType),
                Folder = parse.GetValue(folder),
                ProjectId = parse.GetValue(project),
                AllowUnknownContentType = parse.GetValue(allowUnknownType),
                ReadyTimeout = SharedOptions.WaitTimeoutOf(parse, timeout),
            };
            return await WriteWhenReadyAsync(output, client.Assets.UploadFromUrlAsync(source, parameters, cancellationToken: ct));
        });
        return command;
    }

    /// <summary>The ready asset, printed (exit 0); a wait that ran out is one line naming the asset (exit 1).</summary>
    private static async Task<int> WriteWhenReadyAsync(CliOutput output, Task<Asset> ready)
    {
        try
        {
            output.Write(await ready);
            return ExitCodes.Success;
        }
        catch (FloraAssetNotReadyException notReady)
        {
            await output.Stderr.WriteLineAsync(NotReadyLine(notReady));
            return ExitCodes.Failure;
        }
    }

    /// <summary>The line for a wait that ran out, in the command line's words: the asset, its status, and the command that waits again.</summary>
    public static string NotReadyLine(FloraAssetNotReadyException notReady) =>
        CliOutput.ErrorLine(new FloraException(
            $"asset '{notReady.AssetId}' is still '{notReady.LastStatus}' after {notReady.Waited.TotalSeconds:0.#} s: FLORA has it and is still processing it. " +
            $"Wait again with 'flora assets wait {notReady.AssetId}' (and a longer --wait-timeout); do not upload it again."));
}
