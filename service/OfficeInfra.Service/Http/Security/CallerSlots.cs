namespace OfficeInfra.Service.Http.Security;

/// <summary>How many requests of a capped kind each caller has running; at most <see cref="PerCaller"/> each.</summary>
internal sealed class CallerSlots(int perCaller)
{
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The cap per caller (at least 1).</summary>
    public int PerCaller { get; } = Math.Max(1, perCaller);

    /// <summary>Takes a slot for <paramref name="caller"/>; false when they already hold <see cref="PerCaller"/>.</summary>
    public bool TryEnter(string caller)
    {
        lock (_lock)
        {
            var running = _running.GetValueOrDefault(caller);
            if (running >= PerCaller)
            {
                return false;
            }
            _running[caller] = running + 1;
            return true;
        }
    }

    /// <summary>Gives back a slot taken with <see cref="TryEnter"/>.</summary>
    public void Exit(string caller)
    {
        lock (_lock)
        {
            // Forget callers with nothing running, so the table stays as small as the callers active right now.
            if (_running.TryGetValue(caller, out var running) && running > 1)
            {
                _running[caller] = running - 1;
            }
            else
            {
                _running.Remove(caller);
            }
        }
    }
}
