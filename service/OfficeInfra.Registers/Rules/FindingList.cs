using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Registers.Rules;

/// <summary>Short ways to add findings, so that each rule reads as the sentence it produces.</summary>
internal static class FindingList
{
    public static void Error(this List<Finding> findings, string code, string sheet, int? row, string? column, string message) =>
        findings.Add(new Finding(Severity.Error, code, sheet, row, column, message));

    public static void Warning(this List<Finding> findings, string code, string sheet, int? row, string? column, string message) =>
        findings.Add(new Finding(Severity.Warning, code, sheet, row, column, message));

    /// <summary>Adds missing-value when <paramref name="value"/> is blank; returns true when it was.</summary>
    public static bool RequireValue(this List<Finding> findings, string? value, string sheet, int? row, string column, string what)
    {
        if (!RegisterNames.IsBlank(value))
        {
            return false;
        }
        findings.Error(FindingCodes.MissingValue, sheet, row, column, $"{what} has no {column}, which is required.");
        return true;
    }

    /// <summary>Adds an unknown-reference error when <paramref name="reference"/> is given but not in <paramref name="known"/>.</summary>
    public static void RequireKnown(this List<Finding> findings, string? reference, HashSet<string> known, string code,
        string sheet, int? row, string column, string subject, string verb, string register)
    {
        if (RegisterNames.IsBlank(reference) || known.Contains(RegisterNames.Key(reference)))
        {
            return;
        }
        findings.Error(code, sheet, row, column,
            $"{subject} {verb} '{RegisterNames.Shown(reference)}', which is not in the {register} register.");
    }

    /// <summary>Adds a fixed-list error when <paramref name="value"/> is given and not one of <paramref name="allowed"/>.</summary>
    public static void RequireListed(this List<Finding> findings, string? value, IReadOnlyList<string> allowed, string code,
        string sheet, int? row, string column, string subject)
    {
        if (RegisterNames.IsBlank(value) ||
            allowed.Any(a => string.Equals(a, RegisterNames.Key(value), StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        findings.Error(code, sheet, row, column,
            $"{subject} has {column} '{RegisterNames.Shown(value)}', which is not one of {OneOf(allowed)}.");
    }

    private static string OneOf(IReadOnlyList<string> allowed) =>
        string.Join(", ", allowed.Take(allowed.Count - 1)) + " or " + allowed[^1];
}
