using Azure.Core;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Http.Library;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Records which SharePoint targets publish jobs asked for, and with which credential.</summary>
public sealed class FakeSharePointTargets : ISharePointTargets
{
    public List<(SharePointOptions Options, TokenCredential? Credential)> Created { get; } = [];

    public ILibraryTarget Create(SharePointOptions options, TokenCredential? credential)
    {
        lock (Created)
        {
            Created.Add((options, credential));
        }
        return new LocalLibraryTarget(Path.Combine(Path.GetTempPath(), "officeinfra-tests", "sharepoint-fake"));
    }
}
