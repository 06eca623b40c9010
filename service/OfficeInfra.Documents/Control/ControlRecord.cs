namespace OfficeInfra.Documents.Control;

/// <summary>
/// What the library's records keep about one controlled document, so that the next run can tell whether its content
/// changed and say in words what did.
/// </summary>
/// <param name="Department">Null for the organisation-wide chart.</param>
/// <param name="ModelHash">SHA-256 of the document's model: the data its template is filled with plus the template
/// itself; no run dates. Null in records written before documents were controlled.</param>
/// <param name="Sha256">SHA-256 of the bytes written.</param>
/// <param name="Facts">The document's model as named facts (see <see cref="ChangeSummary"/>); null before control.</param>
public sealed record ControlRecord(
    DocumentKind Kind,
    string? Department,
    string Subject,
    string? ModelHash,
    string Sha256,
    DocumentControl? Control,
    IReadOnlyDictionary<string, string>? Facts)
{
    /// <summary>What identifies the document between runs: its role, process or department; empty for the organisation chart.</summary>
    public string Key => DocumentDraft.KeyOf(Kind, Department is null, Subject);
}
