using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Planning;

/// <summary>A department folder as the registers want it: where it sits and who may do what in it.</summary>
/// <param name="Path">Relative to the library, '/'-separated, already sanitised.</param>
/// <param name="ProcessRecords">The records folder of each of the department's processes (<c>&lt;Path&gt;/Records/&lt;Process&gt;</c>).</param>
public sealed record FolderSpec(string Department, string Path, AccessLevel Access, IReadOnlyList<Grant> Grants,
    IReadOnlyList<string>? ProcessRecords = null)
{
    /// <summary>The retention label of the department folder itself (the department's label); null for none.</summary>
    public string? RetentionLabel { get; init; }

    /// <summary>The retention label of each process's records folder (the <c>records</c> type's label); null for none.</summary>
    public string? RecordsLabel { get; init; }

    /// <summary>Each of the folder's labelled folders with its label: the department folder and its records folders.</summary>
    public IEnumerable<PlannedFolderLabel> Labels()
    {
        if (RetentionLabel is not null)
        {
            yield return new PlannedFolderLabel(Path, RetentionLabel);
        }
        foreach (var records in RecordsLabel is null ? [] : ProcessRecords ?? [])
        {
            yield return new PlannedFolderLabel(records, RecordsLabel!);
        }
    }
}

/// <summary>A document as the registers want it, at its sanitised place in the library.</summary>
/// <param name="Path">Relative to the library, '/'-separated, already sanitised.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Content"/>.</param>
/// <param name="Record">Its control record (SPEC §3a), which the library's records keep; null for an uncontrolled document.</param>
/// <param name="Fields">Its library columns' values (<see cref="Records.LibraryColumns"/>); null when the layout did not
/// give any (then they are not managed).</param>
/// <param name="RetentionLabel">The retention label the Records register or configuration gives it; null for none.</param>
public sealed record DocumentSpec(DocumentKind Kind, string? Department, string Subject, string Path, string Sha256, byte[] Content,
    ControlRecord? Record = null, IReadOnlyDictionary<string, string>? Fields = null, string? RetentionLabel = null)
{
    /// <summary>Its columns and label in one comparable text; null when they are not managed.</summary>
    public string? Metadata => Records.LibraryColumns.Key(Fields, RetentionLabel);
}

/// <summary>The whole library as the registers want it: the input to planning, for any target.</summary>
/// <param name="LastIssued">The highest document ID number issued per prefix (<c>JD</c>, <c>SOP</c>, <c>ORG</c>), kept
/// in the records so that an ID is never given twice.</param>
public sealed record DesiredLibrary(IReadOnlyList<FolderSpec> Folders, IReadOnlyList<DocumentSpec> Documents,
    IReadOnlyDictionary<string, int>? LastIssued = null)
{
    /// <summary>How each retention label keeps what it labels, by label name, where the Records register or configuration says.</summary>
    public IReadOnlyDictionary<string, Records.LabelRetention> Retention { get; init; } = new Dictionary<string, Records.LabelRetention>();
}
