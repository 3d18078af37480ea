using Flora.Sdk.Benchmarks.Commands;

namespace Flora.Sdk.Benchmarks;

/// <summary>
/// Entry point. With no command (or BenchmarkDotNet options) it runs the BenchmarkDotNet suites; the commands run the
/// scale measurements and the cold-start comparison. Main stays tiny so that the cold-start children load nothing extra.
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        args.Length > 0 ? args[0] switch
        {
            "coldstart-sdk" => ColdStartChild.RunSdkAsync(args),
            "coldstart-baseline" => ColdStartChild.RunBaselineAsync(args),
            "coldstart" => ColdStartCommand.RunAsync(args),
            "scale" => ScaleCommand.RunAsync(args),
            "serve" => ServeCommand.RunAsync(args),
            "alloc-profile" => AllocProfileCommand.RunAsync(args),
            "emulator" => EmulatorHostCommand.RunAsync(args),
            "upload-paths" => UploadPathsCommand.RunAsync(args),
            "soak" => SoakCommand.RunAsync(args),
            "wait-requests" => WaitRequestsCommand.RunAsync(args),
            _ => BenchmarkCommand.RunAsync(args),
        }
        : BenchmarkCommand.RunAsync(args);
}
