using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Rules;

/// <summary>Short ways to add findings, so that each rule reads as the sentence it produces.</summary>
internal static class FindingList
{
    public static void Error(this List<Finding> findings, string code, string sheet, int? row, string? column, string message) =>
        findings.Add(new Finding(Severity.Error, code, sheet, row, column, message));

    public static void Warning(this List<Finding> findings, string code, string sheet, int? row, string? column, string message) =>
        findings.Add(new Finding(Severity.Warning, code, sheet, row, column, message));

    /// <summary>Adds missing-value when <paramref name="value"/> is blank; returns true when it was.</summary>
    public static bool RequireValue(this List<Finding> findings, FindingWords words, string? value, string sheet, int? row, string column, string what)
    {
        if (!RegisterNames.IsBlank(value))
        {
            return false;
        }
        findings.Error(FindingCodes.MissingValue, sheet, row, column, words.MissingValue(what, column));
        return true;
    }

    /// <summary>Adds an unknown-reference error when <paramref name="reference"/> is given but not in <paramref name="known"/>.</summary>
    public static void RequireKnown(this List<Finding> findings, FindingWords words, string? reference, HashSet<RegisterName> known, string code,
        string sheet, int? row, string column, string subject, Relation relation, string register)
    {
        if (RegisterNames.IsBlank(reference) || known.Contains(reference))
        {
            return;
        }
        findings.Error(code, sheet, row, column, words.UnknownReference(subject, relation, column, RegisterNames.Shown(reference), register));
    }

    /// <summary>Adds a fixed-list error when <paramref name="value"/> is given and not one of <paramref name="allowed"/>.</summary>
    public static void RequireListed(this List<Finding> findings, FindingWords words, string? value, IReadOnlyList<string> allowed, string code,
        string sheet, int? row, string column, string subject)
    {
        if (RegisterNames.IsBlank(value) ||
            allowed.Any(a => string.Equals(a, RegisterNames.Key(value), StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        findings.Error(code, sheet, row, column, words.NotListed(subject, column, RegisterNames.Shown(value), words.Or(allowed)));
    }

    /// <summary>What a sentence about the row's <paramref name="subject"/> named <paramref name="name"/> calls it.</summary>
    public static string About(this FindingWords words, Subject subject, string? name) =>
        words.Named(subject, RegisterNames.IsBlank(name) ? null : RegisterNames.Shown(name));
}
