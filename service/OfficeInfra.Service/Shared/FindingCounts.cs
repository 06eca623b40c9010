using System.Globalization;
using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Service.Shared;

/// <summary>How many findings of each severity, and the one-line summary a person reads.</summary>
internal readonly record struct FindingCounts(int Errors, int Warnings, int Infos)
{
    /// <summary>Counts <paramref name="findings"/>.</summary>
    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return new(list.Count(f => f.Severity == Severity.Error), list.Count(f => f.Severity == Severity.Warning),
            list.Count(f => f.Severity == Severity.Info));
    }

    /// <summary>For example "1 error, 2 warnings" or "no problems".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Errors > 0) { parts.Add(Plural(Errors, "error")); }
        if (Warnings > 0) { parts.Add(Plural(Warnings, "warning")); }
        if (Infos > 0) { parts.Add(Plural(Infos, "note")); }
        return parts.Count == 0 ? "no problems" : string.Join(", ", parts);
    }

    /// <summary>"1 document", "3 documents"; <paramref name="plural"/> when adding "s" is wrong ("processes").</summary>
    public static string Plural(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");
}
