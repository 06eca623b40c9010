namespace OfficeInfra.Load;

/// <summary>The services under load, taken in turn: each request goes to the next one (a stand-in for a load balancer).</summary>
internal sealed class RoundRobin(IReadOnlyList<Uri> services)
{
    private int _next = -1;

    /// <summary>The absolute address of <paramref name="path"/> on the next service.</summary>
    public Uri Next(string path) => new(services[(int)((uint)Interlocked.Increment(ref _next) % (uint)services.Count)], path);
}
