namespace OfficeInfra.Documents.Control;

/// <summary>One row of a document's revision history: the version, the date it took effect, and what changed, in words.</summary>
public sealed record RevisionEntry(int Version, DateOnly Date, string Change);
