using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>
/// Samples the fake after every request of a run and records each moment a document in a department folder is
/// readable by a principal its access level does not give (the app that publishes excepted): issue 20's "no document
/// readable beyond its level at any moment". The records (<c>manifest.json</c>) name every department's documents,
/// Restricted ones included, so they count as exposed whenever they name a document or folder while someone other than
/// the site's owners (and the app) can read them; content that was already there when the watch began is the
/// earlier state's, so only what the run writes counts.
/// </summary>
internal sealed class ExposureCheck
{
    private readonly FakeGraphServer _server;
    private readonly Dictionary<string, FolderSpec> _folders;
    private readonly List<string> _exposures = [];
    private readonly byte[]? _recordsAtStart;

    private ExposureCheck(FakeGraphServer server, DesiredLibrary desired)
    {
        _server = server;
        _folders = desired.Folders.ToDictionary(f => f.Path, StringComparer.OrdinalIgnoreCase);
        _recordsAtStart = server.Library.Files().GetValueOrDefault(LibraryRecords.FileName);
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
            if (path == LibraryRecords.FileName)
            {
                SampleRecords(readers, when);
                continue;
            }
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

    private void SampleRecords(IReadOnlyList<FakePrincipal> readers, string when)
    {
        var library = _server.Library;
        var others = readers.Where(r => r.Id != library.App.Id && r.Id != library.Owners.Id).ToList();
        var bytes = library.Files().GetValueOrDefault(LibraryRecords.FileName);
        if (others.Count == 0 || bytes is null || bytes.Length == 0 || (_recordsAtStart is not null && bytes.AsSpan().SequenceEqual(_recordsAtStart)))
        {
            return;
        }
        var records = LibraryRecords.Read(bytes);
        if (records.Documents.Count == 0 && records.Folders.Count == 0)
        {
            return; // an empty claim names nothing
        }
        lock (_exposures)
        {
            _exposures.AddRange(others.Select(r => $"{LibraryRecords.FileName} naming {records.Documents.Count} documents readable by {r.Title} after {when}"));
        }
    }
}
