using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Tests.TestSupport;

/// <summary>Keeps every formatted log line, with its exception, to check what would reach the logs.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines)
        {
            Lines.Add($"{logLevel} {formatter(state, exception)} {exception}");
        }
    }
}
