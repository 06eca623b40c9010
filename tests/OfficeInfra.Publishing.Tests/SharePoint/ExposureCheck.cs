using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// Samples the fake after every request of a run and records each moment a document in a department folder is
/// readable by a principal its access level does not give (the app that publishes excepted): issue 20's "no document
/// readable beyond its level at any moment".
/// </summary>
internal sealed class ExposureCheck
{
    private readonly FakeGraphServer _server;
    private readonly Dictionary<string, FolderSpec> _folders;
    private readonly List<string> _exposures = [];

    private ExposureCheck(FakeGraphServer server, DesiredLibrary desired)
    {
        _server = server;
        _folders = desired.Folders.ToDictionary(f => f.Path, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What was seen, one line per document, principal and request.</summary>
    public IReadOnlyList<string> Exposures
    {
        get
        {
            lock (_exposures)
            {
                return [.. _exposures.Distinct()];
            }
        }
    }

    /// <summary>Watches every request <paramref name="server"/> answers from now on, then <paramref name="also"/>.</summary>
    public static ExposureCheck Watch(FakeGraphServer server, DesiredLibrary desired, Action<RecordedRequest>? also = null)
    {
        var check = new ExposureCheck(server, desired);
        server.AfterRequest = request =>
        {
            check.Sample($"{request.Method} {request.Path}");
            also?.Invoke(request);
        };
        return check;
    }

    /// <summary>Looks at the library now; <paramref name="when"/> says when, for the report.</summary>
    public void Sample(string when)
    {
        var library = _server.Library;
        foreach (var (path, readers) in library.FileReaders())
        {
            var cut = path.IndexOf('/', StringComparison.Ordinal);
            if (cut < 0 || !_folders.TryGetValue(path[..cut], out var folder))
            {
                continue;
            }
            foreach (var reader in readers.Where(r => r.Id != library.App.Id && !folder.Grants.Any(g => TenantOrganisation.Stands(library, g.Principal, r))))
            {
                lock (_exposures)
                {
                    _exposures.Add($"{path} ({folder.Access}) readable by {reader.Title} after {when}");
                }
            }
        }
    }
}
