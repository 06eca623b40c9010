using System.Diagnostics.Tracing;
using System.Globalization;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>
/// Where a whole run's allocations go: the bytes allocated by one warm <see cref="LibraryBenchmark.RunOnce"/> and the
/// types that took them, from the runtime's allocation ticks (one event each ~100 KB, naming the type that crossed the
/// mark, so large and frequent allocations show in proportion). Zeroing fresh memory and collecting it were a fifth
/// of a 2,000-role generate's CPU (perf), so this says what to look at first.
/// </summary>
public static class AllocationBenchmark
{
    /// <summary>Prints the run's allocated bytes and the <paramref name="top"/> types by sampled bytes.</summary>
    public static int Run(int roles, int top, string work)
    {
        Directory.CreateDirectory(work);
        var workbook = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"registers-{roles}.xlsx"));
        RegisterWorkbookWriter.Write(workbook, SyntheticOrganisation.Create(roles, roles * 12, roles / 5, departments: 9, seed: 7));
        _ = LibraryBenchmark.RunOnce(workbook, Fresh(work, "warm-up"));

        using var ticks = new AllocationTicks();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (documents, _) = LibraryBenchmark.RunOnce(workbook, Fresh(work, "measured"));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Allocations, {roles} roles, {documents} documents: {allocated / 1048576.0:0} MiB in one warm run ({allocated / documents / 1024.0:0} KiB per document); sampled {ticks.Total / 1048576.0:0} MiB by type:"));
        foreach (var (type, bytes) in ticks.ByType.OrderByDescending(t => t.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1048576.0,8:0.0} MiB  {100.0 * bytes / ticks.Total,5:0.0}%  {type}"));
        }
        return 0;
    }

    private static string Fresh(string work, string run)
    {
        var library = Path.Combine(work, "library-" + run);
        if (Directory.Exists(library)) Directory.Delete(library, recursive: true);
        return library;
    }

    /// <summary>Listens to the runtime's GC AllocationTick events and sums their amounts per type.</summary>
    private sealed class AllocationTicks : EventListener
    {
        private readonly Lock _gate = new();
        public Dictionary<string, long> ByType { get; } = [];
        public long Total { get; private set; }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            // GC keyword (0x1) at Verbose level carries GCAllocationTick.
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null) return;
            var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amountAt = eventData.PayloadNames.IndexOf("AllocationAmount64");
            var amount = amountAt >= 0 ? Convert.ToInt64(eventData.Payload[amountAt], CultureInfo.InvariantCulture) : 100_000;
            lock (_gate)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + amount;
                Total += amount;
            }
        }
    }
}
