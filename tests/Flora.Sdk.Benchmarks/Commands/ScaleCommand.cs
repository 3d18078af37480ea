namespace Flora.Sdk.Benchmarks.Commands;

internal static class ScaleCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("scale: not available yet");
        return Task.FromResult(2);
    }
}
