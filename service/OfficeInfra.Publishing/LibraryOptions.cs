using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing;

/// <summary>Choices that shape a library run, whichever target it goes to.</summary>
public sealed record LibraryOptions
{
    /// <summary>The organisation-wide principal that gets read access on <c>Public</c> department folders.</summary>
    public string PublicPrincipal { get; init; } = "Everyone except external users";

    /// <summary>
    /// What precedes the library's own paths when the target counts a path against the 400-character limit (the
    /// target says: <see cref="Planning.ILibraryTarget.PathRootAsync"/>); names are shortened to leave room for it.
    /// </summary>
    public string PathRoot { get; init; } = "";

    /// <summary>Delete documents we produced earlier whose subject has left the registers (off: they are reported as stale).</summary>
    public bool PruneDocuments { get; init; }

    /// <summary>Remove permissions someone added by hand on a department folder (off: they are reported as drift).</summary>
    public bool PrunePermissions { get; init; }

    /// <summary>
    /// Show every role of Confidential and Restricted departments in the organisation-wide org chart, which sits at
    /// the library's root (off: only their head and headcount; the full chart stays in the department's own deck).
    /// </summary>
    public bool OrgChartFullDetail { get; init; }

    /// <summary>Replace documents we wrote that someone has since edited (off: they are reported as edited and kept).</summary>
    public bool OverwriteEdited { get; init; }

    /// <summary>Months from a document's effective date to its next review (SPEC §3a; default 12), unless the
    /// Organisation sheet's Review Interval gives the organisation's own.</summary>
    public int ReviewMonths { get; init; } = 12;

    /// <summary>
    /// Retention labels by document type (<c>job-description</c>, <c>sop</c>, <c>org-chart</c>): the label's name as
    /// the tenant's Purview file plan has it (<c>Records:RetentionLabels:ByType:sop</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> RetentionLabelsByType { get; init; } = new Dictionary<string, string>();

    /// <summary>Retention labels by department (its name as in the registers): they win over the document type's. The
    /// Records register's rows replace these and <see cref="RetentionLabelsByType"/> key by key (<see cref="WithRecords"/>).</summary>
    public IReadOnlyDictionary<RegisterName, string> RetentionLabelsByDepartment { get; init; } = new Dictionary<RegisterName, string>();

    /// <summary>
    /// How each retention label keeps what it labels, by the label's name (<c>Records:RetentionSettings:&lt;label&gt;</c>
    /// with Period, Action and Trigger, or the Records register's columns): written into the Purview file plan CSV.
    /// </summary>
    public IReadOnlyDictionary<string, Records.LabelRetention> RetentionSettings { get; init; } = new Dictionary<string, Records.LabelRetention>();

    /// <summary>
    /// These options with the Records register's labels laid over the configured ones: a row for a document type or a
    /// department replaces the configuration's label for that type or department (a department's still wins over a type's).
    /// </summary>
    public LibraryOptions WithRecords(IReadOnlyList<RecordsEntry> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return this;
        }
        var byType = new Dictionary<string, string>(RetentionLabelsByType, StringComparer.OrdinalIgnoreCase);
        var byDepartment = new Dictionary<RegisterName, string>(RetentionLabelsByDepartment);
        var settings = new Dictionary<string, Records.LabelRetention>(RetentionSettings, StringComparer.Ordinal);
        foreach (var row in records.Where(r => !string.IsNullOrWhiteSpace(r.RetentionLabel)))
        {
            if (RetentionValues.KindOf(row.DocumentType) is { } kind)
            {
                byType[kind] = row.RetentionLabel.Trim();
            }
            else if (!string.IsNullOrWhiteSpace(row.Department))
            {
                byDepartment[row.Department] = row.RetentionLabel.Trim();
            }
            // The rules have checked the register's settings; a row that gives none leaves the configured ones.
            if (Records.LabelRetention.Read(row.RetentionPeriod, row.RetentionAction, row.RetentionTrigger, $"The Records register's row {row.Row}") is { } retention)
            {
                settings[row.RetentionLabel.Trim()] = retention;
            }
        }
        return this with { RetentionLabelsByType = byType, RetentionLabelsByDepartment = byDepartment, RetentionSettings = settings };
    }

    /// <summary>The retention labels these options name (by type and by department) whose names Purview's file plan
    /// import refuses (<see cref="RetentionValues.IsImportableLabelName"/>), each once, in order.</summary>
    public IReadOnlyList<string> UnimportableLabels() =>
    [
        .. RetentionLabelsByType.Values.Concat(RetentionLabelsByDepartment.Values).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !RetentionValues.IsImportableLabelName(l))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
    ];

    /// <summary>The retention label a document gets: its department's if it has one, else its type's; null for none.</summary>
    public string? RetentionLabelFor(Documents.DocumentKind kind, RegisterName department) =>
        DepartmentLabel(department) ?? TypeLabel(Records.RecordedDocument.KindName(kind));

    /// <summary>The department's retention label, which its folder carries too (and so what the folder holds); null for none.</summary>
    public string? DepartmentLabel(RegisterName department) =>
        !department.IsBlank && RetentionLabelsByDepartment.TryGetValue(department, out var label) && label.Trim().Length > 0 ? label.Trim() : null;

    /// <summary>The retention label of every process's records folder (<c>Records:RetentionLabels:ByType:records</c>); null for none.</summary>
    public string? RecordsFolderLabel => TypeLabel(RetentionValues.RecordsFolderKind);

    private string? TypeLabel(string kind) =>
        RetentionLabelsByType.TryGetValue(kind, out var label) && label.Trim().Length > 0 ? label.Trim() : null;
}
