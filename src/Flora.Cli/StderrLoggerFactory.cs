using Microsoft.Extensions.Logging;

namespace Flora.Cli;

/// <summary>Writes the SDK's log lines (request lines and retries; the SDK never logs a key) to stderr for <c>--verbose</c>.</summary>
internal sealed class StderrLoggerFactory(TextWriter stderr) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(stderr);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class StderrLogger(TextWriter stderr) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (stderr)
            {
                // A log line repeats a server's words (a request id, a failure's message): one safe line.
                stderr.WriteLine($"[{logLevel.ToString().ToLowerInvariant()}] {TerminalText.Line(formatter(state, exception))}");
            }
        }
    }
}
