using System.CommandLine;
using System.Runtime.InteropServices;
using Flora.Cli.Commands;

namespace Flora.Cli;

/// <summary>The command tree and the one place that turns outcomes into exit codes.</summary>
internal static class FloraCli
{
    /// <summary>The whole command tree: the global options and every command group.</summary>
    public static RootCommand CreateRoot() =>
        new("flora: the FLORA command line. Upload folders of media with progress and resume, manage assets, run techniques and generations, run the local emulator.")
        {
            GlobalOptions.ApiKey,
            GlobalOptions.ApiKeyStdin,
            GlobalOptions.BaseUrl,
            GlobalOptions.Format,
            GlobalOptions.MaxRetries,
            GlobalOptions.Timeout,
            GlobalOptions.Verbose,
            AssetCommands.Create(),
            WorkspaceCommands.Create(),
            ProjectCommands.Create(),
            FeedbackCommands.Create(),
            WebhookCommands.Create(),
            TechniqueCommands.Create(),
            RunCommands.Create(),
            GenerationCommands.Create(),
            ModelCommands.Create(),
            ActionCommands.Create(),
            LibraryCommands.Create(),
            ApiCommand.Create(),
            EmulatorCommand.Create(),
        };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRoot();

        // No response files: '@file' is 'flora api --data @file', as in 'gh api'.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var line in UsageErrors.Lines(parsed, args))
            {
                await stderr.WriteLineAsync(line);
            }

            await stderr.WriteLineAsync("Try 'flora --help'.");
            return ExitCodes.Usage;
        }

        // Ctrl+C and SIGTERM cancel the running command, which then records what finished and exits 130;
        // a second Ctrl+C ends the process at once.
        using var cancel = new CancellationTokenSource();
        void OnCancelKey(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancelKey;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(configuration, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKey;
        }
    }
}
