using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Control;

/// <summary>
/// A document before it is controlled: what it is about, its model's hash and facts, and how to render it once its
/// control block is known. Each document source makes drafts; <see cref="ControlBook"/> issues them.
/// </summary>
/// <param name="Department">The department whose folder it is filed in; null for a document of the whole organisation.</param>
/// <param name="Owner">SOP: the process owner; job description: the head of the department; chart: the organisation.</param>
/// <param name="Wording">How this kind of document names its facts and their changes.</param>
/// <param name="Render">Renders the document with a given control block; the same control always gives the same bytes.</param>
public sealed record DocumentDraft(
    DocumentKind Kind,
    RegisterName? Department,
    string Subject,
    string Owner,
    string Approver,
    string ModelHash,
    IReadOnlyDictionary<string, string> Facts,
    IChangeWording Wording,
    Func<DocumentControl, byte[]> Render)
{
    /// <summary>Stable row identities inside the document (facts keyed by the Tasks' IDs), so that a renamed role or
    /// process keeps its document ID when its rows show it is the same one.</summary>
    public IEnumerable<string> Anchors => Facts.Keys.Where(Wording.IsAnchor);

    /// <summary>What identifies the document between runs: its role, process or department; empty for the organisation chart.</summary>
    public string Key => KeyOf(Kind, Department is null, Subject);

    internal static string KeyOf(DocumentKind kind, bool organisationWide, string subject) =>
        kind == DocumentKind.OrgChart && organisationWide ? string.Empty : subject.Trim();
}
