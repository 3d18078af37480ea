using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>Counts log lines by event id and keeps every formatted line (to check that none holds the key).</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider, ILogger
{
    private readonly ConcurrentDictionary<int, int> _counts = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public int Count(int eventId) => _counts.GetValueOrDefault(eventId);

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _counts.AddOrUpdate(eventId.Id, 1, (_, n) => n + 1);
        _lines.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
    }

    public void Dispose()
    {
    }
}
