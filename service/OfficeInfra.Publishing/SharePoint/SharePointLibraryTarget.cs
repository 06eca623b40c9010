using Azure.Core;
using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>A SharePoint document library as a <see cref="ILibraryTarget"/>: Graph for content, SharePoint REST for permissions.</summary>
public sealed class SharePointLibraryTarget : ILibraryTarget
{
    /// <summary>Creates the target; <paramref name="credential"/> is built from options when null.</summary>
    public SharePointLibraryTarget(SharePointOptions options, TokenCredential? credential = null, HttpMessageHandler? handler = null) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    public Task<LibrarySnapshot> ReadAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
