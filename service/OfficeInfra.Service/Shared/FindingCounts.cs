using System.Globalization;
using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Service.Shared;

/// <summary>How many findings of each severity.</summary>
internal readonly record struct FindingCounts(int Errors, int Warnings)
{
    /// <summary>Counts <paramref name="findings"/>.</summary>
    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return new(list.Count(f => f.Severity == Severity.Error), list.Count(f => f.Severity == Severity.Warning));
    }

    /// <summary>"1 document", "3 documents"; <paramref name="plural"/> when adding "s" is wrong ("processes").</summary>
    public static string Plural(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");
}
