using System.Globalization;
using OfficeInfra.Documents;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Records;

/// <summary>What a library column holds: text, a whole number or a date.</summary>
public enum ColumnType { Text, Number, Date }

/// <summary>
/// One library column the product fills on every document it publishes (issue 21). <paramref name="Name"/> is the
/// column's internal name and the Office custom property's name (SPEC §3a), so SharePoint's property promotion and the
/// product agree; <paramref name="DisplayName"/> is what people see.
/// </summary>
public sealed record LibraryColumn(string Name, string DisplayName, ColumnType Type);

/// <summary>
/// The library's columns, the one list of them: created on SharePoint when missing, filled on each document, and kept
/// in the library's records (the local target's only copy of them).
/// </summary>
public static class LibraryColumns
{
    /// <summary>The columns, in the order people see them.</summary>
    /// <remarks>
    /// "Document Version" rather than "Version": every document library already shows its own read-only Version
    /// (<c>_UIVersionString</c>); the internal name stays <c>Version</c>, the custom property's name.
    /// </remarks>
    public static IReadOnlyList<LibraryColumn> All { get; } =
    [
        new("DocumentType", "Document Type", ColumnType.Text),
        new("Department", "Department", ColumnType.Text),
        new("Subject", "Subject", ColumnType.Text),
        new("DocumentId", "Document ID", ColumnType.Text),
        new("Version", "Document Version", ColumnType.Number),
        new("EffectiveDate", "Effective Date", ColumnType.Date),
        new("ReviewDate", "Review Date", ColumnType.Date),
        new("Owner", "Owner", ColumnType.Text),
        new("AccessLevel", "Access Level", ColumnType.Text),
    ];

    /// <summary>
    /// The column values of a document (by internal name, as invariant text; dates <c>yyyy-MM-dd</c>); a column with
    /// nothing to say (an organisation-wide document's department, an uncontrolled document's ID) is left out.
    /// </summary>
    /// <param name="access">The access level of the department folder the document sits in; null at the root.</param>
    public static IReadOnlyDictionary<string, string> ValuesOf(DocumentSpec spec, string? access)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var control = spec.Record?.Control;
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DocumentType"] = TypeName(spec.Kind),
            ["Department"] = spec.Department,
            ["Subject"] = spec.Subject,
            ["DocumentId"] = control?.Id,
            ["Version"] = control?.Version.ToString(CultureInfo.InvariantCulture),
            ["EffectiveDate"] = control?.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ReviewDate"] = control?.Review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Owner"] = control?.Owner is { Length: > 0 } owner ? owner : null,
            ["AccessLevel"] = access,
        };
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }

    /// <summary>The document type as the documents' own Subject property names it.</summary>
    public static string TypeName(DocumentKind kind) => kind switch
    {
        DocumentKind.JobDescription => "Job description",
        DocumentKind.Sop => "Standard operating procedure",
        DocumentKind.OrgChart => "Organisation chart",
        DocumentKind.ServiceBlueprint => "Service blueprint",
        DocumentKind.BusinessSystems => "Business systems map",
        DocumentKind.DelegationReport => "Delegation report",
        _ => kind.ToString(),
    };

    /// <summary>
    /// A document's column values and retention label as one text that is equal exactly when they are (null when the
    /// columns are not known): what the planner compares to tell whether a document's metadata must be written.
    /// </summary>
    public static string? Key(IReadOnlyDictionary<string, string>? fields, string? retentionLabel) => fields is null ? null
        : string.Join('\n', fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")) + $"\nretentionLabel={retentionLabel}";
}
