namespace OfficeInfra.Publishing.Planning;

/// <summary>Progress of a long operation: <paramref name="Done"/> of <paramref name="Total"/> steps.</summary>
public readonly record struct WorkProgress(int Done, int Total, string? Current = null);

/// <summary>
/// Where a library lives: a folder on disk (the embedded default) or a SharePoint document library.
/// Both are driven by the same plan.
/// </summary>
public interface ILibraryTarget
{
    /// <summary>Reads what the target holds now.</summary>
    Task<LibrarySnapshot> ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// What precedes the library's own paths when the target counts a path's length: SharePoint counts its
    /// 400-character limit from the site's root (e.g. <c>/sites/ops/Shared Documents/</c>); a folder on disk, nothing.
    /// </summary>
    Task<string> PathRootAsync(CancellationToken cancellationToken) => Task.FromResult(string.Empty);

    /// <summary>The library's web address (what a browser opens), once <see cref="PathRootAsync"/> or a read has found
    /// it; null for a folder on disk.</summary>
    string? LibraryUrl => null;

    /// <summary>Applies <paramref name="plan"/>, taking contents and grants from <paramref name="desired"/>.</summary>
    Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default);
}
