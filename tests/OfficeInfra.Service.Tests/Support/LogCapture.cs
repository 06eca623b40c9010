using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Keeps every log line (with its scopes) the service writes, so tests can search them.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join('\n', Lines);

    /// <summary>The structured fields of every line (message template values), to check what was logged as a field.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, object?>> Fields { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            capture._scopes.ForEachScope((scope, list) => list.Add(ScopeText(scope)), scopes);
            capture.Lines.Enqueue($"{logLevel} {category} [{string.Join(" | ", scopes)}] {formatter(state, exception)} {exception}");
            if (state is IEnumerable<KeyValuePair<string, object?>> fields)
            {
                capture.Fields.Enqueue(fields.ToDictionary(f => f.Key, f => f.Value));
            }
        }

        private static string ScopeText(object? scope) => scope is IEnumerable<KeyValuePair<string, object>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : scope?.ToString() ?? string.Empty;
    }
}
