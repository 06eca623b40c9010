using System.Security.Cryptography;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using OfficeInfra.Documents.Control;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using Polly.Timeout;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>A SharePoint document library as a <see cref="ILibraryTarget"/>: Graph for content, SharePoint REST for permissions.</summary>
public sealed partial class SharePointLibraryTarget : ILibraryTarget, IDisposable
{
    private readonly SharePointOptions _options;
    private readonly ILogger _logger;
    private readonly SharePointPipeline _pipeline;
    private readonly LibraryDrive _drive;
    private readonly SharePointRestClient _rest;
    private readonly SitePermissionMap _permissions;
    private readonly FolderPermissionWriter _folderPermissions;
    private readonly LibraryMetadata _metadata;

    private SharePointLibraryTarget(SharePointOptions options, SharePointPipeline pipeline, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _pipeline = pipeline;
        _drive = pipeline.Drive;
        _rest = pipeline.Rest;
        _permissions = new SitePermissionMap(_rest, new EntraGroups(pipeline.Graph), options.Principals, options.TenantId);
        _folderPermissions = new FolderPermissionWriter(_rest, _permissions);
        _metadata = new LibraryMetadata(pipeline.Graph, _rest);
    }

    /// <summary>
    /// The target for the library <paramref name="options"/> names, with its HTTP pipeline (<see cref="SharePointPipeline"/>):
    /// the settings are checked first, and the credential is built from them when <paramref name="credential"/> is null.
    /// <paramref name="handler"/> replaces the network (tests); the retry, throttling and token handlers always sit in
    /// front of it. Nothing is sent until the target is read.
    /// </summary>
    /// <exception cref="OfficeInfraException">A setting is missing or not a URL (<see cref="ErrorKind.Configuration"/>).</exception>
    public static SharePointLibraryTarget Connect(SharePointOptions options, TokenCredential? credential = null, HttpMessageHandler? handler = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SiteUrl) || !Uri.TryCreate(options.SiteUrl, UriKind.Absolute, out var site))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, "The setting SharePoint:SiteUrl must be a site URL such as https://contoso.sharepoint.com/sites/ops.");
        }
        if (!Uri.TryCreate(options.GraphBaseUrl, UriKind.Absolute, out var graphBase))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, "The setting SharePoint:GraphBaseUrl must be an absolute URL.");
        }
        var pipeline = SharePointPipeline.Build(options, site, graphBase, credential ?? SharePointCredentials.Create(options), handler);
        return new SharePointLibraryTarget(options, pipeline, logger ?? NullLogger.Instance);
    }

    /// <inheritdoc />
    public async Task<LibrarySnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await ResolveAsync(cancellationToken).ConfigureAwait(false);
            var entries = await _drive.ListAsync(IsInsideRecords, cancellationToken).ConfigureAwait(false);
            var (records, item) = await ReadRecordsAsync(cancellationToken).ConfigureAwait(false);
            RememberPlanned(item?.ETag);
            // SharePoint paths are case-insensitive, as the planner's are.
            var lines = records.ByPath();
            var stale = new HashSet<string>(records.Stale, StringComparer.OrdinalIgnoreCase);
            var files = entries.Where(e => !e.IsFolder && !e.Path.Equals(FileName, StringComparison.OrdinalIgnoreCase) && !IsInsideRecords(e.Path)).ToList();
            var documents = new ExistingDocument[files.Count];
            await Parallel.ForEachAsync(files.Select((e, i) => (e, i)), Parallelism(cancellationToken), async (x, ct) =>
                documents[x.i] = await DocumentAsync(x.e, lines.GetValueOrDefault(x.e.Path), stale.Contains(x.e.Path), ct).ConfigureAwait(false)).ConfigureAwait(false);
            var given = records.Folders.DistinctBy(f => f.Path, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(f => f.Path, f => f.Given(), StringComparer.OrdinalIgnoreCase);
            var folders = new ExistingFolder[entries.Count(e => e.IsFolder)];
            await Parallel.ForEachAsync(entries.Where(e => e.IsFolder).Select((e, i) => (e, i)), Parallelism(cancellationToken),
                async (x, ct) => folders[x.i] = await ReadFolderAsync(x.e, given.GetValueOrDefault(x.e.Path), ct).ConfigureAwait(false)).ConfigureAwait(false);
            LogRead(_logger, documents.Length, folders.Length);
            var control = records.Documents.Select(d => d.ToControlRecord()).OfType<ControlRecord>().ToList();
            // A column of another type stops the run here, before anything changes.
            var missing = await _metadata.MissingColumnsAsync(cancellationToken).ConfigureAwait(false);
            var versioningOff = _options.EnableVersioning && !await _metadata.VersioningAsync(cancellationToken).ConfigureAwait(false);
            return new LibrarySnapshot(folders, documents, control, records.LastIssued,
                RecordsExposed: await ExposedAsync(item?.ListItem, cancellationToken).ConfigureAwait(false),
                MissingColumns: [.. missing.Select(c => c.Name)], VersioningOff: versioningOff, FolderLabels: records.FolderLabels());
        }
        catch (Exception e) when (IsTargetFailure(e))
        {
            throw Failed("read the library", e);
        }
    }

    /// <summary>
    /// A file as the planner sees it. A file the records list keeps their hash while its cTag is the one the product
    /// left; once someone has replaced it, it is read and hashed, so the planner can tell an edit (kept, reported
    /// <c>edited</c>) from the same bytes uploaded again. A pending upload has no hash: it is uploaded again.
    /// </summary>
    private async Task<ExistingDocument> DocumentAsync(DriveEntry file, RecordedDocument? line, bool stale, CancellationToken ct)
    {
        if (line is null)
        {
            return new ExistingDocument(file.Path, null, stale, stale);
        }
        if (line.Pending)
        {
            return new ExistingDocument(file.Path, null, true, stale, line.Sha256, line.Metadata);
        }
        if (line.CTag is null || line.CTag == file.CTag)
        {
            return new ExistingDocument(file.Path, line.Sha256, true, stale, line.Sha256, line.Metadata);
        }
        var bytes = await _drive.ReadAsync(file.Path, ct).ConfigureAwait(false);
        return new ExistingDocument(file.Path, bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes)), true, stale, line.Sha256,
            line.Metadata);
    }

    /// <summary>
    /// The library's server-relative URL with a closing slash (e.g. <c>/sites/ops/Shared Documents/</c>): SharePoint
    /// counts its 400-character limit on the decoded path from the site's root, so the layout leaves room for it.
    /// </summary>
    public async Task<string> PathRootAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ResolveAsync(cancellationToken).ConfigureAwait(false);
            return _drive.ServerRelativeUrl + "/";
        }
        catch (Exception e) when (IsTargetFailure(e))
        {
            throw Failed("read the library", e);
        }
    }

    /// <inheritdoc />
    public string? LibraryUrl => _drive.WebUrl;

    /// <summary>Creates the library's missing columns and turns its versions on, as the plan says.</summary>
    private async Task PrepareLibraryAsync(LibraryPlan plan, CancellationToken ct)
    {
        foreach (var column in LibraryColumns.All.Where(c => (plan.ColumnsToCreate ?? []).Contains(c.Name, StringComparer.Ordinal)))
        {
            await Naming(column.DisplayName, "create the column", () => Done(_metadata.CreateColumnAsync(column, ct))).ConfigureAwait(false);
        }
        if (plan.EnableVersioning)
        {
            await Naming(_options.LibraryName, "turn on versions in", () => Done(_metadata.EnableVersioningAsync(ct))).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the HTTP connections.</summary>
    public void Dispose() => _pipeline.Dispose();

    private async Task ResolveAsync(CancellationToken ct)
    {
        await _drive.ResolveAsync(ct).ConfigureAwait(false);
        await _metadata.ResolveAsync(_drive.SiteId, _drive.DriveId, ct).ConfigureAwait(false);
        LogResolved(_logger, _options.SiteUrl, _options.LibraryName);
    }

    /// <summary>
    /// Department folders (top level) carry the permissions; sub-folders inherit from them by design.
    /// <paramref name="given"/> is what the manifest says we granted there, so the planner can take back what the
    /// registers stopped giving.
    /// </summary>
    private async Task<ExistingFolder> ReadFolderAsync(DriveEntry folder, IReadOnlyList<Grant>? given, CancellationToken ct)
    {
        if (folder.Path.Contains('/', StringComparison.Ordinal) || folder.ListItem is null)
        {
            return new ExistingFolder(folder.Path, true, []);
        }
        if (!await _rest.HasUniqueRoleAssignmentsAsync(folder.ListItem, ct).ConfigureAwait(false))
        {
            return new ExistingFolder(folder.Path, true, []);
        }
        var assignments = await _rest.RoleAssignmentsAsync(folder.ListItem, ct).ConfigureAwait(false);
        var grants = await _permissions.GrantsAsync(assignments, (given ?? []).Select(g => g.Principal), ct).ConfigureAwait(false);
        // The app's own Full Control, left by a run that stopped after breaking inheritance, is counted as a grant the
        // product gave: the plan then takes it back without pruning, and never reports it as drift.
        var app = await _permissions.CallerNameAsync(ct).ConfigureAwait(false);
        var appGrants = grants.Where(g => g.Principal == app).ToList();
        return new ExistingFolder(folder.Path, false, grants, appGrants.Count == 0 ? given : [.. given ?? [], .. appGrants]);
    }

    /// <summary>
    /// Records managers own <c>&lt;Department&gt;/Records</c>: the product lists its folders (to create a process's
    /// records folder once) and never enters them, reads nor touches what they hold.
    /// </summary>
    private static bool IsInsideRecords(string path)
    {
        var parts = path.Split('/');
        return parts.Length > 2 && parts[1].Equals(LibraryLayout.Records, StringComparison.OrdinalIgnoreCase);
    }

    private ParallelOptions Parallelism(CancellationToken ct) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, _options.MaxConcurrency), CancellationToken = ct };

    private static bool IsTargetFailure(Exception e) =>
        e is ODataError or ApiException or HttpRequestException or IOException or TimeoutRejectedException or ServiceException or ClientException
            or TaskCanceledException { CancellationToken.IsCancellationRequested: false };

    private static OfficeInfraException Failed(string what, Exception e) => new(ErrorKind.TargetFailed, e switch
    {
        ODataError { ResponseStatusCode: 401 or 403 } => $"SharePoint refused to let us {what}: check the app's permissions on the site.",
        ODataError o => $"SharePoint could not {what} ({o.ResponseStatusCode}: {o.Error?.Code ?? "error"}{(o.Error?.Message is { Length: > 0 } m ? $", \"{m}\"" : "")}).",
        ApiException a => $"SharePoint could not {what} (HTTP {a.ResponseStatusCode}).",
        _ => $"SharePoint could not be reached to {what}, even after retrying.",
    }, e);

    [LoggerMessage(Level = LogLevel.Information, Message = "SharePoint library '{Library}' at {Site} resolved")]
    private static partial void LogResolved(ILogger logger, string? site, string library);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Documents} documents and {Folders} folders from SharePoint")]
    private static partial void LogRead(ILogger logger, int documents, int folders);
}
