using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>A library item as SharePoint REST addresses it (Graph's <c>sharepointIds</c>).</summary>
internal sealed record ListItemRef(string ListId, string ItemId);

/// <summary>A site user or group as SharePoint REST returns it.</summary>
/// <param name="PrincipalType">1 user, 4 security group, 8 SharePoint group.</param>
internal sealed record SitePrincipal(int Id, string Title, string? LoginName, string? Email, int PrincipalType);

/// <summary>A role definition (Full Control, Contribute, Read, …) with its language-independent kind.</summary>
internal sealed record RoleDefinition(int Id, string Name, int RoleTypeKind);

/// <summary>One principal's role bindings on an item.</summary>
internal sealed record RoleAssignment(SitePrincipal Member, IReadOnlyList<RoleDefinition> Roles);

/// <summary>
/// The few SharePoint REST calls Graph cannot do reliably: stop inheritance on a folder and manage its role
/// assignments. Items are addressed by list id and item id, so folder names never need OData escaping.
/// </summary>
/// <remarks>
/// Documentation followed: sp-dev-docs "Set custom permissions on a list by using the REST interface"
/// (<c>breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)</c>, <c>roleassignments/addroleassignment</c>);
/// SP.SecurableObject.breakRoleInheritance ("if false, the collection of role assignments must contain only 1 role
/// assignment containing the current user after the operation"); RoleAssignmentCollection.RemoveRoleAssignment and
/// GetByPrincipalId (by principal id, never by name); SP.Web.ensureUser(logonName) and currentUser; RoleTypeKind.
/// </remarks>
internal sealed class SharePointRestClient(HttpClient http)
{
    private const string Json = "application/json;odata=nometadata";

    public async Task<bool> HasUniqueRoleAssignmentsAsync(ListItemRef item, CancellationToken ct)
    {
        using var doc = await GetAsync($"{ItemUrl(item)}?$select=HasUniqueRoleAssignments", ct).ConfigureAwait(false);
        return doc!.RootElement.GetProperty("HasUniqueRoleAssignments").GetBoolean();
    }

    public async Task<IReadOnlyList<RoleAssignment>> RoleAssignmentsAsync(ListItemRef item, CancellationToken ct)
    {
        using var doc = await GetAsync($"{ItemUrl(item)}/roleassignments?$expand=Member,RoleDefinitionBindings", ct).ConfigureAwait(false);
        return doc!.RootElement.GetProperty("value").EnumerateArray()
            .Select(a => new RoleAssignment(ReadPrincipal(a.GetProperty("Member")),
                a.GetProperty("RoleDefinitionBindings").EnumerateArray().Select(ReadRole).ToList()))
            .ToList();
    }

    public Task BreakInheritanceAsync(ListItemRef item, CancellationToken ct) =>
        PostAsync($"{ItemUrl(item)}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", null, ct);

    public Task AddRoleAssignmentAsync(ListItemRef item, int principalId, int roleId, CancellationToken ct) =>
        PostAsync(string.Create(CultureInfo.InvariantCulture,
            $"{ItemUrl(item)}/roleassignments/addroleassignment(principalid={principalId},roledefid={roleId})"), null, ct);

    public Task RemoveRoleAssignmentAsync(ListItemRef item, int principalId, int roleId, CancellationToken ct) =>
        PostAsync(string.Create(CultureInfo.InvariantCulture,
            $"{ItemUrl(item)}/roleassignments/removeroleassignment(principalid={principalId},roledefid={roleId})"), null, ct);

    public async Task<IReadOnlyList<RoleDefinition>> RoleDefinitionsAsync(CancellationToken ct)
    {
        using var doc = await GetAsync("web/roledefinitions?$select=Id,Name,RoleTypeKind", ct).ConfigureAwait(false);
        return doc!.RootElement.GetProperty("value").EnumerateArray().Select(ReadRole).ToList();
    }

    /// <summary>The site's associated Owners / Members / Visitors group (<paramref name="which"/> = owner, member, visitor).</summary>
    public async Task<SitePrincipal> AssociatedGroupAsync(string which, CancellationToken ct)
    {
        using var doc = await GetAsync($"web/associated{which}group", ct).ConfigureAwait(false);
        return ReadPrincipal(doc!.RootElement);
    }

    public async Task<SitePrincipal?> SiteGroupAsync(string title, CancellationToken ct)
    {
        using var doc = await GetAsync($"web/sitegroups/getbyname('{Uri.EscapeDataString(title.Replace("'", "''", StringComparison.Ordinal))}')",
            ct, notFoundIsNull: true).ConfigureAwait(false);
        return doc is null ? null : ReadPrincipal(doc.RootElement);
    }

    /// <summary>The caller: for an app-only token, the app's own site user (<c>i:0i.t|ms.sp.ext|…</c>).</summary>
    public async Task<SitePrincipal> CurrentUserAsync(CancellationToken ct)
    {
        using var doc = await GetAsync("web/currentuser", ct).ConfigureAwait(false);
        return ReadPrincipal(doc!.RootElement);
    }

    /// <summary>
    /// <c>web/ensureuser</c> with a login name or claim; null when SharePoint does not know it. SharePoint Online
    /// answers an unknown name with 500 (an SPException, "The specified user … could not be found"), some forms with
    /// 400 or 404: all of them mean "not this claim", and the caller tries the next form or names the principal.
    /// </summary>
    public async Task<SitePrincipal?> EnsureUserAsync(string logonName, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["logonName"] = logonName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "web/ensureuser");
        request.Headers.TryAddWithoutValidation("Accept", Json);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var doc = await SendAsync(request, status => status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.InternalServerError, ct)
            .ConfigureAwait(false);
        return doc is null ? null : ReadPrincipal(doc.RootElement);
    }

    /// <summary>A true/false property of the list (SP.List), e.g. <c>EnableVersioning</c>.</summary>
    public async Task<bool> ListBoolAsync(string listId, string property, CancellationToken ct)
    {
        using var doc = await GetAsync($"web/lists(guid'{listId}')?$select={property}", ct).ConfigureAwait(false);
        return doc!.RootElement.GetProperty(property).GetBoolean();
    }

    /// <summary>Changes properties of the list: a POST with <c>X-HTTP-Method: MERGE</c> and <c>IF-MATCH: *</c>, as SharePoint REST updates.</summary>
    public async Task MergeListAsync(string listId, string json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"web/lists(guid'{listId}')");
        request.Headers.TryAddWithoutValidation("Accept", Json);
        request.Headers.TryAddWithoutValidation("X-HTTP-Method", "MERGE");
        request.Headers.TryAddWithoutValidation("IF-MATCH", "*");
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var _ = await SendAsync(request, _ => false, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets a list item's column values (SP.ListItem <c>ValidateUpdateListItem(formValues, bNewDocumentUpdate)</c>) as
    /// text, parsed by SharePoint as its forms parse them. With <paramref name="newDocument"/> the values go into the
    /// version the upload made ("a document being updated after upload"), so a new document has one version; without
    /// it, the update is a version of its own. Returns the fields SharePoint refused (each with its message): the call
    /// answers 200 even then, with <c>HasException</c> on the refused fields.
    /// </summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> ValidateUpdateListItemAsync(ListItemRef item,
        IReadOnlyDictionary<string, string> values, bool newDocument, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["formValues"] = values.Select(v => new Dictionary<string, string> { ["FieldName"] = v.Key, ["FieldValue"] = v.Value }).ToList(),
            ["bNewDocumentUpdate"] = newDocument,
        });
        using var doc = await PostAsync($"{ItemUrl(item)}/ValidateUpdateListItem", body, ct).ConfigureAwait(false);
        return doc is null ? [] : [.. doc.RootElement.GetProperty("value").EnumerateArray()
            .Where(v => v.TryGetProperty("HasException", out var failed) && failed.GetBoolean())
            .Select(v => (Text(v, "FieldName") ?? "?", Text(v, "ErrorMessage") ?? "refused"))];
    }

    private static string ItemUrl(ListItemRef item) => $"web/lists(guid'{item.ListId}')/items({item.ItemId})";

    private async Task<JsonDocument?> GetAsync(string url, CancellationToken ct, bool notFoundIsNull = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", Json);
        return await SendAsync(request, status => notFoundIsNull && status == HttpStatusCode.NotFound, ct).ConfigureAwait(false);
    }

    private async Task<JsonDocument?> PostAsync(string url, string? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.TryAddWithoutValidation("Accept", Json);
        request.Content = new StringContent(body ?? "", Encoding.UTF8, "application/json");
        return await SendAsync(request, _ => false, ct).ConfigureAwait(false);
    }

    /// <summary>Sends and parses the answer; <paramref name="absent"/> says which failures mean "no such thing" (null).</summary>
    private async Task<JsonDocument?> SendAsync(HttpRequestMessage request, Func<HttpStatusCode, bool> absent, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed, "SharePoint could not be reached, even after retrying.", e);
        }
        using (response)
        {
            if (absent(response.StatusCode))
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                var what = request.RequestUri?.AbsolutePath.Split("/_api/").Last() ?? "a request";
                throw new OfficeInfraException(ErrorKind.TargetFailed, response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    ? $"SharePoint refused access ({(int)response.StatusCode}): permissions need a certificate credential and Sites.FullControl.All or a full-control Sites.Selected grant."
                    : $"SharePoint answered {(int)response.StatusCode} to {what}.");
            }
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text);
        }
    }

    private static SitePrincipal ReadPrincipal(JsonElement e) => new(
        e.GetProperty("Id").GetInt32(), e.GetProperty("Title").GetString() ?? "",
        Text(e, "LoginName"), Text(e, "Email"), e.TryGetProperty("PrincipalType", out var t) ? t.GetInt32() : 0);

    private static RoleDefinition ReadRole(JsonElement e) => new(
        e.GetProperty("Id").GetInt32(), e.GetProperty("Name").GetString() ?? "",
        e.TryGetProperty("RoleTypeKind", out var k) ? k.GetInt32() : 0);

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
