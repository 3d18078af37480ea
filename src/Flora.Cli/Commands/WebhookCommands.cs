using System.CommandLine;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora webhooks verify</c>: checks a captured delivery as a receiver would, to debug a receiver.</summary>
/// <remarks>
/// The secret never goes on the command line (where <c>ps</c> and shell history see it): it comes from
/// <c>FLORA_WEBHOOK_SECRET</c>, <c>--secret-file</c>, or with <c>--secret-stdin</c> the first line of standard input.
/// The body is read as raw bytes from <c>--body &lt;file&gt;</c>, else from standard input; with <c>--secret-stdin</c>,
/// standard input holds the secret, so <c>--body</c> is required.
/// </remarks>
internal static class WebhookCommands
{
    public const string SecretVariable = "FLORA_WEBHOOK_SECRET";

    public static Command Create() => new("webhooks", "Check FLORA webhook deliveries (no network).") { VerifyCommand() };

    private static Command VerifyCommand()
    {
        var signature = new Option<string?>("--signature", "-s")
        {
            Description = "The Flora-Signature header value as received: t=<unix seconds>,v1=<hex>[,v1=<hex>…].",
            Required = true,
        };
        var body = new Option<string?>("--body", "-b") { Description = "The file holding the raw body as received (default: standard input)." };
        var secretStdin = new Option<bool>("--secret-stdin")
        {
            Description = $"Read the secret from the first line of standard input (then give the body with --body). Default: ${SecretVariable}.",
        };
        var secretFile = new Option<string?>("--secret-file") { Description = $"Read the secret from this file (its first line). Default: ${SecretVariable}." };
        var tolerance = new Option<double>("--tolerance")
        {
            Description = "How old or new the signed timestamp may be, in seconds; 0 skips the check (for an old captured delivery).",
            DefaultValueFactory = _ => WebhookVerifyOptions.DefaultTolerance.TotalSeconds,
        };
        var verify = new Command(
            "verify",
            $"Verify a delivery's signature and timestamp, and print the event. Exit 0 when valid, 1 with the reason when not. The secret comes from ${SecretVariable}, --secret-file or --secret-stdin, never the command line.")
        {
            signature, body, secretStdin, secretFile, tolerance,
        };
        verify.SetRunnerAction(async run =>
        {
            var seconds = run.Value(tolerance);
            if (!double.IsFinite(seconds) || seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            {
                throw new ArgumentException("--tolerance must be a number of seconds, 0 or more.");
            }

            var secret = await SecretAsync(run.Value(secretStdin), run.Value(secretFile), run.Value(body) is { } file && file != "-", run.CancellationToken);
            var bytes = await BodyAsync(run.Value(body), run.CancellationToken);
            var webhook = FloraWebhooks.Unwrap(bytes, run.Value(signature), secret, new WebhookVerifyOptions { Tolerance = TimeSpan.FromSeconds(seconds) });
            run.Output.Write(webhook);
            return ExitCodes.Success;
        });
        return verify;
    }

    private static async Task<string> SecretAsync(bool fromStdin, string? file, bool bodyFromFile, CancellationToken cancellationToken)
    {
        if (fromStdin && file is not null)
        {
            throw new ArgumentException("Give the secret with --secret-stdin or --secret-file, not both.");
        }

        if (fromStdin)
        {
            return bodyFromFile
                ? FirstLine(await Console.In.ReadLineAsync(cancellationToken), "standard input")
                : throw new ArgumentException("--secret-stdin reads the secret from standard input, so give the body with --body <file>.");
        }

        if (file is not null)
        {
            return FirstLine(await ReadAsync(file, f => File.ReadLinesAsync(f, cancellationToken).FirstOrDefaultAsync(cancellationToken).AsTask()), file);
        }

        return FirstLine(Environment.GetEnvironmentVariable(SecretVariable), SecretVariable);
    }

    private static string FirstLine(string? line, string source) =>
        line?.Trim() is { Length: > 0 } secret
            ? secret
            : throw new ArgumentException($"No webhook secret in {source}: set {SecretVariable}, or use --secret-file or --secret-stdin.");

    private static async Task<byte[]> BodyAsync(string? file, CancellationToken cancellationToken)
    {
        if (file is not null && file != "-")
        {
            return await ReadAsync(file, f => File.ReadAllBytesAsync(f, cancellationToken));
        }

        // Raw bytes, not text: the signature covers the body exactly as it was sent.
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        await stdin.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    // A file that cannot be read is the caller's to fix (exit 2), said in one line.
    private static async Task<T> ReadAsync<T>(string file, Func<string, Task<T>> read)
    {
        try
        {
            return await read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"Cannot read {file}: {e.Message}", e);
        }
    }
}
