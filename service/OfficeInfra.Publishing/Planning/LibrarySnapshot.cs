using OfficeInfra.Documents.Control;

namespace OfficeInfra.Publishing.Planning;

/// <summary>A document that is in the target now. <paramref name="Sha256"/> is null when its hash is unknown.</summary>
/// <param name="ProducedByUs">True when an earlier run of the product wrote it (so it may be reported stale).</param>
/// <param name="RecordedStale">True when the target's manifest already lists it as stale.</param>
/// <param name="RecordedSha256">The hash the records say the product wrote; a file whose <paramref name="Sha256"/>
/// differs was edited by hand (null: unknown, the target cannot tell).</param>
/// <param name="RecordedMetadata">The columns and retention label the records say the product wrote
/// (<see cref="Records.RecordedDocument.Metadata"/>); null when none were.</param>
public sealed record ExistingDocument(string Path, string? Sha256, bool ProducedByUs, bool RecordedStale = false, string? RecordedSha256 = null,
    string? RecordedMetadata = null)
{
    /// <summary>True when the file is no longer what the product wrote: someone edited or replaced it.</summary>
    public bool Edited => ProducedByUs && Sha256 is not null && RecordedSha256 is not null
        && !string.Equals(Sha256, RecordedSha256, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A folder that is in the target now, with its own (non-inherited) grants.</summary>
/// <param name="InheritsPermissions">True while the folder still inherits from its parent.</param>
/// <param name="Granted">The grants the product itself gave the folder (as its manifest records them); null when
/// unknown. A grant the product gave that the registers no longer give is revoked; any other is drift.</param>
public sealed record ExistingFolder(string Path, bool InheritsPermissions, IReadOnlyList<Grant> Grants, IReadOnlyList<Grant>? Granted = null);

/// <summary>What a target holds now, as far as the product cares.</summary>
/// <param name="Records">The control records of the documents the target's records list (SPEC §3a): what the next
/// run's versions, dates and history build on.</param>
/// <param name="LastIssued">The highest document ID number issued so far per prefix.</param>
/// <param name="RecordsExposed">True when the target's records can be read by more people than the library's owners
/// (a SharePoint library whose records still inherit the site's permissions, a local file others may read); the next apply locks them.</param>
/// <param name="MissingColumns">The library columns the target lacks (internal names), to be created.</param>
/// <param name="VersioningOff">True when the target keeps no versions and the product is to turn major versions on.</param>
/// <param name="FolderLabels">The retention labels the product applied to folders (path → label), as its records say.</param>
public sealed record LibrarySnapshot(IReadOnlyList<ExistingFolder> Folders, IReadOnlyList<ExistingDocument> Documents,
    IReadOnlyList<ControlRecord>? Records = null, IReadOnlyDictionary<string, int>? LastIssued = null, bool RecordsExposed = false,
    IReadOnlyList<string>? MissingColumns = null, bool VersioningOff = false, IReadOnlyDictionary<string, string>? FolderLabels = null)
{
    /// <summary>A target that holds nothing yet.</summary>
    public static LibrarySnapshot Empty { get; } = new([], []);
}
