using System.Globalization;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Finds texts longer than an Excel cell can hold (32,767 characters). Excel would cut such a text short, so the
/// registers, the documents and the workbook written back would disagree: an error, which blocks generation. Lists
/// (Tools, Owners, …) are measured as the workbook writer joins them into one cell.
/// </summary>
internal static class TextLengthRule
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    public static void Check(RegisterSet registers, List<Finding> findings)
    {
        var sheet = RegisterSchema.Departments.Name;
        foreach (var d in registers.Departments)
        {
            Cells(findings, sheet, d.Row, (C.Department, d.Name?.Length), (C.Head, d.Head?.Length), (C.Access, d.Access?.Length),
                (C.Owners, Joined(d.Owners, "; ")), (C.Members, Joined(d.Members, "; ")), (C.Visitors, Joined(d.Visitors, "; ")),
                (C.Description, d.Description?.Length));
        }
        sheet = RegisterSchema.Roles.Name;
        foreach (var r in registers.Roles)
        {
            Cells(findings, sheet, r.Row, (C.Role, r.Title?.Length), (C.Department, r.Department?.Length), (C.ReportsTo, r.ReportsTo?.Length),
                (C.Type, r.Type?.Length), (C.Status, r.Status?.Length), (C.Holder, r.Holder?.Length), (C.Hours, r.Hours?.Length),
                (C.Summary, r.Summary?.Length));
        }
        sheet = RegisterSchema.Tasks.Name;
        foreach (var t in registers.Tasks)
        {
            Cells(findings, sheet, t.Row, (C.Id, t.Id?.Length), (C.Task, t.Task?.Length), (C.Department, t.Department?.Length),
                (C.Role, t.Role?.Length), (C.Process, t.Process?.Length), (C.Step, t.Step?.Length), (C.Frequency, t.Frequency?.Length),
                (C.Tools, Joined(t.Tools, ", ")), (C.CurrentlyDoneBy, t.CurrentlyDoneBy?.Length));
        }
        sheet = RegisterSchema.Processes.Name;
        foreach (var p in registers.Processes)
        {
            Cells(findings, sheet, p.Row, (C.Process, p.Name?.Length), (C.Department, p.Department?.Length), (C.System, p.System?.Length),
                (C.Owner, p.Owner?.Length), (C.Trigger, p.Trigger?.Length), (C.Outcome, p.Outcome?.Length), (C.Kpi, p.Kpi?.Length),
                (C.Target, p.Target?.Length), (C.Tools, Joined(p.Tools, ", ")));
        }
    }

    private static void Cells(List<Finding> findings, string sheet, int? row, params (string Column, long? Length)[] cells)
    {
        foreach (var (column, length) in cells)
        {
            if (length > MaxCellCharacters)
            {
                var where = row is null ? $"A {column} cell" : string.Create(CultureInfo.InvariantCulture, $"The {column} cell on row {row}");
                findings.Error(FindingCodes.TextTooLong, sheet, row, column, string.Create(CultureInfo.InvariantCulture,
                    $"{where} holds {length:N0} characters; a cell can hold at most {MaxCellCharacters:N0}."));
            }
        }
    }

    // The model's text fields are non-nullable by contract, but the rules never throw on bad data (property tests
    // build items with nulls), hence ?.Length above and here.
    private static long Joined(IReadOnlyList<string>? items, string separator) =>
        items is null || items.Count == 0 ? 0 : items.Sum(i => (long)(i?.Length ?? 0)) + ((items.Count - 1L) * separator.Length);
}
