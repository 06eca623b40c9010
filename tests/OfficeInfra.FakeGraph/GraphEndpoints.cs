using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OfficeInfra.FakeGraph;

/// <summary>
/// The Graph subset: sites by path, the site's drives, drive items by id and by path (<c>root:/a/b:</c>),
/// children (paged), folder creation with conflict behaviour, simple PUT uploads, upload sessions, delete.
/// </summary>
internal sealed partial class GraphEndpoints(FakeGraphServer server)
{
    public const string SiteId = "contoso.sharepoint.com,1f2e3d4c-0000-4000-8000-000000000001,1f2e3d4c-0000-4000-8000-000000000002";
    public const string DriveId = "b!fakeDriveId0001";
    private const int PageSize = 100;
    // Upload session slices must be multiples of 320 KiB except the last one.
    private const int SliceUnit = 320 * 1024;
    /// <summary>The library's server-relative URL: SharePoint counts its 400-character path limit from the site's root.</summary>
    public const string LibraryServerRelativeUrl = FakeGraphServer.SitePath + "/Shared Documents";
    private const int MaxPathLength = 400;
    private readonly ConcurrentDictionary<string, UploadSession> _sessions = new();
    private FakeLibrary Library => server.Library;

    public int OpenSessions => _sessions.Count;

    public async Task HandleAsync(HttpContext ctx, string path)
    {
        var method = ctx.Request.Method;
        var decoded = Uri.UnescapeDataString(path);
        if (decoded.StartsWith("sites/", StringComparison.Ordinal))
        {
            await SitesAsync(ctx, decoded["sites/".Length..]).ConfigureAwait(false);
            return;
        }
        if (decoded == "groups" && method == "GET")
        {
            await GroupsAsync(ctx).ConfigureAwait(false);
            return;
        }
        if (decoded == $"drives/{DriveId}/list" && method == "GET")
        {
            await ListAsync(ctx).ConfigureAwait(false);
            return;
        }
        var match = DriveItemPath().Match(path);
        if (!match.Success || Uri.UnescapeDataString(match.Groups["drive"].Value) != DriveId)
        {
            await Json.WriteAsync(ctx, 404, Json.Error("itemNotFound", "The resource could not be found.")).ConfigureAwait(false);
            return;
        }
        var baseItem = match.Groups["id"].Success ? Library.ById(Uri.UnescapeDataString(match.Groups["id"].Value)) : Library.Root;
        var relative = match.Groups["path"].Success
            ? match.Groups["path"].Value.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray()
            : [];
        var action = match.Groups["action"].Value;
        var target = baseItem is null ? null : relative.Length == 0 ? baseItem : Library.ByPath(string.Join('/', relative), baseItem);

        if (method is "PUT" or "POST" && baseItem is not null && relative.Length > 0 && TooLong(Library.PathOf(baseItem), relative))
        {
            await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", "The path is longer than 400 characters.")).ConfigureAwait(false);
            return;
        }
        switch (method, action)
        {
            case ("PUT", "/content") when baseItem is not null && relative.Length > 0:
                var body = await Json.BodyAsync(ctx).ConfigureAwait(false);
                var parent = Library.EnsureFolders(baseItem, relative[..^1]);
                // If-Match (412 when the eTag moved on) and conflictBehavior=fail (409 when the name exists), checked
                // and applied under one lock, as the service does atomically.
                var ifMatch = ctx.Request.Headers.IfMatch.ToString();
                var failIfExists = ctx.Request.Query["@microsoft.graph.conflictBehavior"] == "fail";
                var (file, status) = Library.Locked(() =>
                {
                    var existing = Library.Child(parent.Id, relative[^1]);
                    if (ifMatch.Length > 0 && ifMatch != "*" && (existing is null || ifMatch != ETag(existing)))
                    {
                        return ((FakeItem?)null, 412);
                    }
                    if (failIfExists && existing is not null)
                    {
                        return (null, 409);
                    }
                    return (Library.PutFile(parent, relative[^1], body), existing is null ? 201 : 200);
                });
                await (status switch
                {
                    412 => Json.WriteAsync(ctx, 412, Json.Error("resourceModified", "ETag does not match current item's value.")),
                    409 => Json.WriteAsync(ctx, 409, Json.Error("nameAlreadyExists", "The specified item name already exists.")),
                    _ => Json.WriteAsync(ctx, status, Item(file!, ctx)),
                }).ConfigureAwait(false);
                return;
            case ("POST", "/createUploadSession") when baseItem is not null && relative.Length > 0:
                var session = new UploadSession(Guid.NewGuid().ToString("N"), baseItem.Id, relative);
                _sessions[session.Id] = session;
                await Json.WriteAsync(ctx, 200, SessionJson(session, withUrl: true)).ConfigureAwait(false);
                return;
        }
        if (target is null)
        {
            await Json.WriteAsync(ctx, 404, Json.Error("itemNotFound", "The resource could not be found.")).ConfigureAwait(false);
            return;
        }
        switch (method, action)
        {
            case ("GET", ""):
                await Json.WriteAsync(ctx, 200, Item(target, ctx)).ConfigureAwait(false);
                break;
            case ("DELETE", ""):
                Library.Delete(target);
                ctx.Response.StatusCode = 204;
                break;
            case ("GET", "/content"):
                ctx.Response.ContentType = "application/octet-stream";
                await ctx.Response.Body.WriteAsync(target.Content, ctx.RequestAborted).ConfigureAwait(false);
                break;
            case ("GET", "/children"):
                await ChildrenAsync(ctx, target, path).ConfigureAwait(false);
                break;
            case ("POST", "/children"):
                await CreateFolderAsync(ctx, target).ConfigureAwait(false);
                break;
            case (_, "/listItem/fields" or "/checkout" or "/checkin" or "/retentionLabel"):
                await RecordsActionAsync(ctx, target, action).ConfigureAwait(false);
                break;
            default:
                await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", $"{method} {action} is not supported by the fake.")).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>True when the decoded server-relative path (site, library, folders, name) passes SharePoint's limit.</summary>
    private static bool TooLong(string basePath, IEnumerable<string> relative) =>
        string.Join('/', new[] { LibraryServerRelativeUrl, basePath }.Concat(relative).Where(p => p.Length > 0)).Length > MaxPathLength;

    /// <summary><c>GET /groups?$filter=mail eq '…'</c>, the only group query the product makes.</summary>
    private async Task GroupsAsync(HttpContext ctx)
    {
        var filter = Regex.Match(ctx.Request.Query["$filter"].ToString(), @"^mail eq '(.*)'$");
        if (!filter.Success)
        {
            await Json.WriteAsync(ctx, 400, Json.Error("Request_UnsupportedQuery", "The fake answers $filter=mail eq '…' only.")).ConfigureAwait(false);
            return;
        }
        var groups = Library.Directory.GroupsByMail(filter.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal));
        await Json.WriteAsync(ctx, 200, new
        {
            value = groups.Select(g => new
            {
                id = g.Id, displayName = g.DisplayName, mail = g.Mail, mailEnabled = g.Mail is not null,
                securityEnabled = !g.Unified, groupTypes = g.Unified ? new[] { "Unified" } : [],
            }),
        }).ConfigureAwait(false);
    }

    private async Task SitesAsync(HttpContext ctx, string rest)
    {
        if (rest == $"{SiteId}/lists/{Library.ListId}/columns" && ctx.Request.Method is "GET" or "POST")
        {
            await ColumnsAsync(ctx).ConfigureAwait(false);
            return;
        }
        var fields = ListItemFields().Match(rest);
        if (fields.Success && fields.Groups[1].Value == Library.ListId && ctx.Request.Method == "PATCH")
        {
            var item = Library.ByListItem(int.Parse(fields.Groups[2].Value, CultureInfo.InvariantCulture));
            await (item is null
                ? Json.WriteAsync(ctx, 404, Json.Error("itemNotFound", "The resource could not be found."))
                : FieldsAsync(ctx, item)).ConfigureAwait(false);
            return;
        }
        var byPath = $"{FakeGraphServer.SiteHost}:{FakeGraphServer.SitePath}:";
        var site = new { id = SiteId, name = "ops", displayName = "Ops", webUrl = FakeGraphServer.SiteUrl };
        if (rest == byPath || rest == SiteId)
        {
            await Json.WriteAsync(ctx, 200, site).ConfigureAwait(false);
        }
        else if (rest == $"{SiteId}/drives")
        {
            await Json.WriteAsync(ctx, 200, new
            {
                value = new[] { new { id = DriveId, name = "Documents", driveType = "documentLibrary", webUrl = $"{FakeGraphServer.SiteUrl}/Shared%20Documents" } },
            }).ConfigureAwait(false);
        }
        else
        {
            await Json.WriteAsync(ctx, 404, Json.Error("itemNotFound", "Requested site could not be found")).ConfigureAwait(false);
        }
    }

    private async Task ChildrenAsync(HttpContext ctx, FakeItem folder, string path)
    {
        var skip = int.TryParse(ctx.Request.Query["$skiptoken"], out var s) ? s : 0;
        var top = Math.Min(PageSize, int.TryParse(ctx.Request.Query["$top"], out var t) ? t : PageSize);
        var children = Library.Children(folder.Id);
        var page = new Dictionary<string, object?> { ["value"] = children.Skip(skip).Take(top).Select(c => Item(c, ctx)).ToList() };
        if (skip + top < children.Count)
        {
            // Graph's next link keeps the query's $select.
            var select = ctx.Request.Query["$select"].ToString();
            page["@odata.nextLink"] = string.Create(CultureInfo.InvariantCulture,
                $"{server.GraphBaseUrl}/{path}?$top={top}&$skiptoken={skip + top}{(select.Length > 0 ? "&$select=" + Uri.EscapeDataString(select) : "")}");
        }
        await Json.WriteAsync(ctx, 200, page).ConfigureAwait(false);
    }

    private async Task CreateFolderAsync(HttpContext ctx, FakeItem parent)
    {
        var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
        var name = body.GetProperty("name").GetString()!;
        var conflict = body.TryGetProperty("@microsoft.graph.conflictBehavior", out var c) ? c.GetString() : "fail";
        if (TooLong(Library.PathOf(parent), [name]))
        {
            await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", "The path is longer than 400 characters.")).ConfigureAwait(false);
            return;
        }
        var existing = Library.Child(parent.Id, name);
        if (existing is not null)
        {
            switch (conflict)
            {
                case "fail":
                    await Json.WriteAsync(ctx, 409, Json.Error("nameAlreadyExists", "The specified item name already exists.")).ConfigureAwait(false);
                    return;
                case "replace":
                    // As seen on SharePoint: 'replace' on an existing folder leaves it as it is.
                    await Json.WriteAsync(ctx, 200, Item(existing, ctx)).ConfigureAwait(false);
                    return;
                default:
                    name = $"{name} 1";
                    break;
            }
        }
        await Json.WriteAsync(ctx, 201, Item(Library.Add(parent.Id, name, folder: true), ctx)).ConfigureAwait(false);
    }

    public async Task HandleUploadAsync(HttpContext ctx, string id)
    {
        if (!_sessions.TryGetValue(id, out var session))
        {
            await Json.WriteAsync(ctx, 404, Json.Error("itemNotFound", "The upload session was not found.")).ConfigureAwait(false);
            return;
        }
        switch (ctx.Request.Method)
        {
            case "GET":
                await Json.WriteAsync(ctx, 200, SessionJson(session, withUrl: false)).ConfigureAwait(false);
                return;
            case "DELETE":
                _sessions.TryRemove(id, out _);
                ctx.Response.StatusCode = 204;
                return;
        }
        var range = ContentRange().Match(ctx.Request.Headers.ContentRange.ToString());
        if (!range.Success)
        {
            await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", "Content-Range is required.")).ConfigureAwait(false);
            return;
        }
        long from = long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), to = long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture),
            total = long.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture);
        // The body is read in full before the session changes, so a connection cut mid-body leaves it untouched.
        var body = await Json.BodyAsync(ctx).ConfigureAwait(false);
        if (body.Length != to - from + 1 || (to + 1 < total && body.Length % SliceUnit != 0))
        {
            await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", "Fragment length must be a multiple of 320 KiB and match Content-Range.")).ConfigureAwait(false);
            return;
        }
        FakeItem? done = null;
        bool accepted;
        lock (session)
        {
            accepted = from == session.Data.Length;
            if (accepted)
            {
                session.Data.Write(body);
                if (session.Data.Length == total)
                {
                    var baseItem = Library.ById(session.BaseId) ?? Library.Root;
                    var parent = Library.EnsureFolders(baseItem, session.Path[..^1]);
                    done = Library.PutFile(parent, session.Path[^1], session.Data.ToArray());
                    _sessions.TryRemove(id, out _);
                }
            }
        }
        if (!accepted)
        {
            await Json.WriteAsync(ctx, 416, Json.Error("invalidRange", "The uploaded fragment overlaps with data that has already been received.")).ConfigureAwait(false);
        }
        else if (done is not null)
        {
            await Json.WriteAsync(ctx, 201, Item(done, ctx)).ConfigureAwait(false);
        }
        else
        {
            await Json.WriteAsync(ctx, 202, SessionJson(session, withUrl: false)).ConfigureAwait(false);
        }
    }

    private Dictionary<string, object?> SessionJson(UploadSession session, bool withUrl)
    {
        var json = new Dictionary<string, object?>
        {
            ["expirationDateTime"] = session.Expires.ToString("o", CultureInfo.InvariantCulture),
            ["nextExpectedRanges"] = new[] { string.Create(CultureInfo.InvariantCulture, $"{session.Data.Length}-") },
        };
        if (withUrl)
        {
            json["uploadUrl"] = $"{server.Origin}/upload/{session.Id}";
        }
        return json;
    }

    /// <summary>
    /// An item as Graph answers it. <c>sharepointIds</c> only when the request selects it: "This property is not
    /// returned by default and must be selected using the $select query parameter" (driveItem resource), so an upload's
    /// or a folder creation's answer never carries it.
    /// </summary>
    private Dictionary<string, object?> Item(FakeItem item, HttpContext ctx)
    {
        var json = new Dictionary<string, object?>
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["eTag"] = ETag(item),
            ["cTag"] = string.Create(CultureInfo.InvariantCulture, $"\"c:{{{item.Id}}},{item.ContentVersion}\""),
            ["size"] = item.IsFolder ? 0 : item.Content.Length,
            ["parentReference"] = new { driveId = DriveId, id = item.ParentId },
        };
        if (ctx.Request.Query["$select"].ToString().Split(',').Any(f => f.Trim().Equals("sharepointIds", StringComparison.OrdinalIgnoreCase)))
        {
            json["sharepointIds"] = new { listId = Library.ListId, listItemId = item.ListItemId.ToString(CultureInfo.InvariantCulture) };
        }
        json[item.IsFolder ? "folder" : "file"] = item.IsFolder
            ? new { childCount = Library.Children(item.Id).Count }
            : new { mimeType = "application/octet-stream" };
        return json;
    }

    private static string ETag(FakeItem item) => string.Create(CultureInfo.InvariantCulture, $"\"{{{item.Id}}},{item.Version}\"");

    // drives/{drive}/root[:/{path}:][/action]  or  drives/{drive}/items/{id}[:/{path}:][/action]
    [GeneratedRegex("^drives/(?<drive>[^/]+)/(?:root|items/(?<id>[^/:]+))(?::/(?<path>[^:]*):)?(?<action>/children|/content|/createUploadSession|/listItem/fields|/checkout|/checkin|/retentionLabel)?$")]
    private static partial Regex DriveItemPath();

    [GeneratedRegex("^" + SiteId + "/lists/([^/]+)/items/([0-9]+)/fields$")]
    private static partial Regex ListItemFields();

    [GeneratedRegex(@"^bytes (\d+)-(\d+)/(\d+)$")]
    private static partial Regex ContentRange();

    private sealed class UploadSession(string id, string baseId, string[] path)
    {
        public string Id { get; } = id;
        public string BaseId { get; } = baseId;
        public string[] Path { get; } = path;
        public MemoryStream Data { get; } = new();
        public DateTimeOffset Expires { get; } = DateTimeOffset.UtcNow.AddHours(1);
    }
}
