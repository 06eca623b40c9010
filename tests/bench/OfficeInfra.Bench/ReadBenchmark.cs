using System.Diagnostics;
using System.Globalization;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Bench;

/// <summary>
/// Issue 8, item 4: reading a workbook of <c>tasks</c> task rows; time, and bytes allocated per read (the process's
/// peak working set is not printed: writing the test workbook with the OpenXML SDK sets it, not the reader).
/// </summary>
public static class ReadBenchmark
{
    /// <summary>Writes the workbook once, then reads it <paramref name="repeats"/> times.</summary>
    public static int Run(int tasks, int repeats, string work)
    {
        Directory.CreateDirectory(work);
        var workbook = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"read-{tasks}.xlsx"));
        RegisterWorkbookWriter.Write(workbook, SyntheticOrganisation.Create(tasks / 12, tasks, tasks / 60, departments: 9, seed: 5));
        var size = new FileInfo(workbook).Length / (1024.0 * 1024.0);
        _ = XlsxRegisterReader.Read(workbook); // warm
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < repeats; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var registers = XlsxRegisterReader.Read(workbook);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (registers.Tasks.Count != tasks) throw new InvalidOperationException($"Read {registers.Tasks.Count} tasks, expected {tasks}.");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Read {tasks} task rows ({size:0.0} MiB .xlsx): {Figures.Of(times)}; {allocated / (1024.0 * 1024.0):0} MiB allocated per read"));
        return 0;
    }
}
