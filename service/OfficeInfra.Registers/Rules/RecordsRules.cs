using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Rules about the optional Records register: each row labels one document type or one department that exists, with
/// a label name, once; its retention settings are readable, given all together (Purview's import needs the three
/// together) and the same wherever one label appears. Registers without a Records sheet get none of these findings.
/// </summary>
internal static class RecordsRules
{
    public static void Check(RegisterSet registers, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Records.Name;
        var scopes = new HashSet<RecordsScope>();
        var settings = new Dictionary<string, (string? Duration, string? Action, string? Trigger)>(StringComparer.Ordinal);
        foreach (var row in registers.Records)
        {
            var subject = RegisterNames.IsBlank(row.RetentionLabel) ? "This row" : $"Label '{RegisterNames.Shown(row.RetentionLabel)}'";
            if (!findings.RequireValue(words, row.RetentionLabel, sheet, row.Row, C.RetentionLabel, "This row") && !RetentionValues.IsImportableLabelName(row.RetentionLabel))
            {
                findings.Warning(FindingCodes.LabelNameNotImportable, sheet, row.Row, C.RetentionLabel,
                    $"{subject} cannot be created by Purview's file plan import, which takes only letters, digits, hyphens and spaces, " +
                    "at most 64; use such a name, or create the label in the Purview portal.");
            }
            if (CheckScope(row, subject, names, words, findings) is { } scope && !scopes.Add(scope))
            {
                findings.Error(FindingCodes.DuplicateRecordsRow, sheet, row.Row, RegisterNames.IsBlank(row.Department) ? C.DocumentType : C.Department,
                    $"{subject} is for {scope}, which an earlier row already labels; keep one row for it.");
            }
            if (CheckRetention(row, subject, words, findings) is { } retention && !RegisterNames.IsBlank(row.RetentionLabel)
                && !settings.TryAdd(row.RetentionLabel.Trim(), retention) && settings[row.RetentionLabel.Trim()] != retention)
            {
                findings.Error(FindingCodes.ConflictingRetention, sheet, row.Row, C.RetentionPeriod,
                    $"{subject} has other retention settings than in an earlier row; one label keeps documents one way, so make the rows agree.");
            }
        }
    }

    // What a row labels: a document type, or a department (matched as a name, so "Finance " and "finance" are one).
    private readonly record struct RecordsScope(string? Kind, RegisterName Department)
    {
        public override string ToString() => Kind ?? Department.Display;
    }

    // The row's scope, or null when it has none that is usable.
    private static RecordsScope? CheckScope(RecordsEntry row, string subject, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Records.Name;
        var hasType = !RegisterNames.IsBlank(row.DocumentType);
        var hasDepartment = !RegisterNames.IsBlank(row.Department);
        if (hasType == hasDepartment)
        {
            findings.Error(FindingCodes.RecordsRowScope, sheet, row.Row, C.DocumentType, hasType
                ? $"{subject} names both a document type and a department; use one row for the type and another for the department."
                : $"{subject} names neither a document type nor a department, so no document gets it.");
            return null;
        }
        if (hasType)
        {
            if (RetentionValues.KindOf(row.DocumentType) is { } kind)
            {
                return new RecordsScope(kind, default);
            }
            findings.Error(FindingCodes.UnknownDocumentType, sheet, row.Row, C.DocumentType,
                $"{subject} is for document type '{RegisterNames.Shown(row.DocumentType)}', which is not one of {string.Join(", ", RetentionValues.TypeTexts)}.");
            return null;
        }
        findings.RequireKnown(words, row.Department, names.Departments, FindingCodes.UnknownDepartment, sheet, row.Row, C.Department,
            subject, Relation.LabelsDepartment, "Departments");
        return new RecordsScope(null, row.Department);
    }

    // The row's settings as Purview names them, or null when any is unreadable or they are incomplete.
    private static (string?, string?, string?)? CheckRetention(RecordsEntry row, string subject, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Records.Name;
        var given = new[] { row.RetentionPeriod, row.RetentionAction, row.RetentionTrigger }.Count(v => !RegisterNames.IsBlank(v));
        var duration = RetentionValues.PurviewDuration(row.RetentionPeriod);
        if (!RegisterNames.IsBlank(row.RetentionPeriod) && duration is null)
        {
            findings.Error(FindingCodes.InvalidRetentionPeriod, sheet, row.Row, C.RetentionPeriod,
                $"{subject} has Retention Period '{RegisterNames.Shown(row.RetentionPeriod)}'; write a number of years, months, weeks or days " +
                "(such as 7 years, at most 100 years) or Unlimited.");
        }
        findings.RequireListed(words, row.RetentionAction, RetentionValues.ActionTexts, FindingCodes.UnknownRetentionAction, sheet, row.Row, C.RetentionAction, subject);
        findings.RequireListed(words, row.RetentionTrigger, RetentionValues.TriggerTexts, FindingCodes.UnknownRetentionTrigger, sheet, row.Row, C.RetentionTrigger, subject);
        if (given is > 0 and < 3)
        {
            findings.Error(FindingCodes.IncompleteRetention, sheet, row.Row, C.RetentionPeriod,
                $"{subject} gives only some of Retention Period, Action and Trigger; Purview needs all three, or none (the admin then sets them).");
            return null;
        }
        var action = RetentionValues.PurviewAction(row.RetentionAction);
        var trigger = RetentionValues.PurviewTrigger(row.RetentionTrigger);
        return given == 0 ? (null, null, null) : duration is null || action is null || trigger is null ? null : (duration, action, trigger);
    }
}
