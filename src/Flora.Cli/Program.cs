namespace Flora.Cli;

/// <summary>The entry point of the <c>flora</c> tool.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => FloraCli.RunAsync(args, Console.Out, Console.Error);
}
