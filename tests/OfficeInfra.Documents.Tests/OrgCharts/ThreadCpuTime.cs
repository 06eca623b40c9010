using System.Globalization;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// CPU time the calling thread has used (Linux /proc; 10 ms resolution). A time bound on work done, unlike the
/// wall clock, holds on a machine that other builds keep busy: a hang or a quadratic blow-up still exceeds it.
/// </summary>
internal static class ThreadCpuTime
{
    public static TimeSpan Now()
    {
        // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 12th, stime the 13th.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
