namespace OfficeInfra.Publishing.Library;

/// <summary>A document that is in the target now. <paramref name="Sha256"/> is null when its hash is unknown.</summary>
/// <param name="ProducedByUs">True when an earlier run of the product wrote it (so it may be reported stale).</param>
/// <param name="RecordedStale">True when the target's manifest already lists it as stale.</param>
public sealed record ExistingDocument(string Path, string? Sha256, bool ProducedByUs, bool RecordedStale = false);

/// <summary>A folder that is in the target now, with its own (non-inherited) grants.</summary>
/// <param name="InheritsPermissions">True while the folder still inherits from its parent.</param>
/// <param name="Granted">The grants the product itself gave the folder (as its manifest records them); null when
/// unknown. A grant the product gave that the registers no longer give is revoked; any other is drift.</param>
public sealed record ExistingFolder(string Path, bool InheritsPermissions, IReadOnlyList<Grant> Grants, IReadOnlyList<Grant>? Granted = null);

/// <summary>What a target holds now, as far as the product cares.</summary>
public sealed record LibrarySnapshot(IReadOnlyList<ExistingFolder> Folders, IReadOnlyList<ExistingDocument> Documents)
{
    /// <summary>A target that holds nothing yet.</summary>
    public static LibrarySnapshot Empty { get; } = new([], []);
}
