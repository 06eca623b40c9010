using Azure.Core;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Service.Http.LibraryRuns;

/// <summary>Makes SharePoint targets for publish jobs (tests swap in an in-memory target).</summary>
internal interface ISharePointTargets
{
    /// <summary>A target for <paramref name="options"/>, acting with <paramref name="credential"/> (the user's, on behalf of) when given.</summary>
    ILibraryTarget Create(SharePointOptions options, TokenCredential? credential);
}

/// <summary>The real factory: <see cref="SharePointLibraryTarget"/>, logging through the host's logger (never a NullLogger).</summary>
internal sealed class SharePointTargets(ILoggerFactory loggers) : ISharePointTargets
{
    /// <inheritdoc />
    public ILibraryTarget Create(SharePointOptions options, TokenCredential? credential) =>
        SharePointLibraryTarget.Connect(options, credential, handler: null, loggers.CreateLogger<SharePointLibraryTarget>());
}
