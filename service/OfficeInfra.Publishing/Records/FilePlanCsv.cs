using System.Text;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Records;

/// <summary>One retention label of the plan: how many documents get it, of which types and departments, and how it keeps them.</summary>
/// <param name="Retention">Its retention settings; null when neither the Records register nor configuration gives them.</param>
/// <param name="Folders">How many folders get it (department folders, processes' records folders).</param>
public sealed record PlannedLabel(string Name, int Documents, IReadOnlyList<string> Types, IReadOnlyList<string> Departments,
    LabelRetention? Retention = null, int Folders = 0);

/// <summary>
/// The retention labels of a plan in the column layout of Microsoft Purview's file plan import (Records management →
/// File plan → Import), so a compliance admin can create them in one import: <c>LabelName</c>, <c>Comment</c>,
/// <c>Notes</c>, <c>IsRecordLabel</c>, <c>RetentionAction</c>, <c>RetentionDuration</c>, <c>RetentionType</c>,
/// <c>ReviewerEmail</c>, <c>ReferenceId</c>, <c>DepartmentName</c>, <c>Category</c>, <c>SubCategory</c>,
/// <c>AuthorityType</c>, <c>CitationName</c>, <c>CitationUrl</c>, <c>CitationJurisdiction</c>, <c>Regulatory</c>,
/// <c>EventType</c>. The retention columns come from the Records register or configuration
/// (<see cref="LibraryOptions.RetentionSettings"/>); Purview takes RetentionAction, RetentionDuration and RetentionType
/// (and IsRecordLabel) only together, so a label without settings leaves all four empty for the admin to fill.
/// </summary>
public static class FilePlanCsv
{
    /// <summary>The file's name.</summary>
    public const string FileName = "Records Plan - Purview file plan.csv";

    /// <summary>The import template's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "LabelName", "Comment", "Notes", "IsRecordLabel", "RetentionAction", "RetentionDuration", "RetentionType", "ReviewerEmail",
        "ReferenceId", "DepartmentName", "Category", "SubCategory", "AuthorityType", "CitationName", "CitationUrl", "CitationJurisdiction",
        "Regulatory", "EventType",
    ];

    /// <summary>The labels the desired library uses on documents and folders, by name.</summary>
    public static IReadOnlyList<PlannedLabel> Labels(DesiredLibrary desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var uses = desired.Documents.Where(d => d.RetentionLabel is not null)
            .Select(d => (Label: d.RetentionLabel!, IsDocument: true, Type: LibraryColumns.TypeName(d.Kind), d.Department))
            .Concat(desired.Folders.SelectMany(f => f.Labels().Select(l =>
                (l.Label, IsDocument: false, Type: l.Path == f.Path ? "Department folder" : "Process records folder", Department: (string?)f.Department))));
        return uses.GroupBy(u => u.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlannedLabel(g.Key, g.Count(u => u.IsDocument),
                [.. g.Select(u => u.Type).Distinct().Order(StringComparer.Ordinal)],
                [.. g.Select(u => u.Department).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
                desired.Retention.GetValueOrDefault(g.Key), g.Count(u => !u.IsDocument)))
            .ToList();
    }

    /// <summary>The CSV text (UTF-8 with a byte order mark, as Excel and the import expect; CRLF line ends).</summary>
    public static byte[] Write(DesiredLibrary desired)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append("\r\n");
        var number = 0;
        foreach (var label in Labels(desired))
        {
            number++;
            var kept = label.Retention;
            string[] row =
            [
                label.Name, $"Applied by OfficeInfra to {label.Documents} document(s) and {label.Folders} folder(s)", "", kept is null ? "" : "FALSE",
                kept?.Action ?? "", kept?.Duration ?? "", kept?.Trigger ?? "", "",
                $"OI-{number:000}", string.Join("; ", label.Departments), string.Join("; ", label.Types), "", "", "", "", "", "", "",
            ];
            text.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled.
    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
