namespace OfficeInfra.Documents.Control;

/// <summary>
/// What a controlled document prints about itself (SPEC §3a): its ID, version, dates, owner, approver and the newest
/// rows of its revision history.
/// </summary>
/// <param name="Approver">Empty when the registers name nobody: the document then shows an empty approval line.</param>
/// <param name="History">Newest first; all of it (a document prints at most <see cref="PrintedHistory"/> rows).</param>
public sealed record DocumentControl(string Id, int Version, DateOnly Effective, DateOnly Review, string Owner, string Approver,
    IReadOnlyList<RevisionEntry> History)
{
    /// <summary>How many history rows a document prints; the library's records keep all of them.</summary>
    public const int PrintedHistory = 20;

    /// <summary>The rows a document prints: the newest <see cref="PrintedHistory"/>.</summary>
    public IEnumerable<RevisionEntry> Printed => History.Take(PrintedHistory);
}
