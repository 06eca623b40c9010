namespace OfficeInfra.Publishing.Library;

/// <summary>
/// The embedded default target: the library as a folder on disk, laid out exactly as the SharePoint library, with
/// <c>manifest.json</c> recording documents, folders, access and grants. A failed run leaves the folder as it was.
/// </summary>
public sealed class LocalLibraryTarget(string root) : ILibraryTarget
{
    /// <summary>The library folder.</summary>
    public string Root { get; } = root;

    /// <inheritdoc />
    public Task<LibrarySnapshot> ReadAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
