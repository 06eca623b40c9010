using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OfficeInfra.FakeGraph;

/// <summary>
/// The SharePoint REST subset (odata=nometadata JSON): list item inheritance and role assignments, role
/// definitions, associated and named site groups, the caller (web/currentuser), ensureuser by login name or claim,
/// the list's versioning setting and a list item's column values (ValidateUpdateListItem).
/// </summary>
internal sealed partial class SharePointRestEndpoints(FakeLibrary library)
{
    public async Task HandleAsync(HttpContext ctx, string path)
    {
        var method = ctx.Request.Method;
        var item = ListItem().Match(path);
        if (item.Success)
        {
            var target = item.Groups[1].Value == library.ListId ? library.ByListItem(int.Parse(item.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
            if (target is null)
            {
                await Error(ctx, 404, "Item does not exist. It may have been deleted by another user.").ConfigureAwait(false);
                return;
            }
            await ItemAsync(ctx, method, target, item.Groups[3].Value).ConfigureAwait(false);
            return;
        }
        var list = List().Match(path);
        if (list.Success && list.Groups[1].Value == library.ListId)
        {
            await ListAsync(ctx, method).ConfigureAwait(false);
            return;
        }
        switch (method, path.ToLowerInvariant())
        {
            case ("GET", "web/roledefinitions"):
                await Json.WriteAsync(ctx, 200, new { value = FakeLibrary.Roles.Select(Role) }).ConfigureAwait(false);
                return;
            case ("GET", "web/associatedownergroup"):
                await Json.WriteAsync(ctx, 200, Principal(library.Owners)).ConfigureAwait(false);
                return;
            case ("GET", "web/associatedmembergroup"):
                await Json.WriteAsync(ctx, 200, Principal(library.Members)).ConfigureAwait(false);
                return;
            case ("GET", "web/associatedvisitorgroup"):
                await Json.WriteAsync(ctx, 200, Principal(library.Visitors)).ConfigureAwait(false);
                return;
            case ("GET", "web/currentuser"):
                await Json.WriteAsync(ctx, 200, Principal(library.App)).ConfigureAwait(false);
                return;
            case ("POST", "web/ensureuser"):
                var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
                var logon = body.GetProperty("logonName").GetString() ?? "";
                var known = library.EnsureUser(logon);
                // SharePoint Online answers an unknown login name with 500 and an SPException, not 404.
                await (known is null
                    ? Error(ctx, 500, $"The specified user {logon} could not be found.")
                    : Json.WriteAsync(ctx, 200, Principal(known))).ConfigureAwait(false);
                return;
        }
        var group = GroupByName().Match(path);
        if (method == "GET" && group.Success)
        {
            var found = library.PrincipalNamed(group.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal));
            await (found is { PrincipalType: 8 }
                ? Json.WriteAsync(ctx, 200, Principal(found))
                : Error(ctx, 404, "Group cannot be found.")).ConfigureAwait(false);
            return;
        }
        await Error(ctx, 404, $"The fake does not serve {method} {path}.").ConfigureAwait(false);
    }

    /// <summary>SP.List: <c>EnableVersioning</c> read with <c>$select</c>, and set by a POST with <c>X-HTTP-Method: MERGE</c>.</summary>
    private async Task ListAsync(HttpContext ctx, string method)
    {
        if (method == "GET")
        {
            await Json.WriteAsync(ctx, 200, new { Id = library.ListId, EnableVersioning = library.VersioningEnabled }).ConfigureAwait(false);
            return;
        }
        if (method == "POST" && ctx.Request.Headers["X-HTTP-Method"] == "MERGE")
        {
            var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
            if (body.TryGetProperty("EnableVersioning", out var on))
            {
                library.VersioningEnabled = on.GetBoolean();
            }
            ctx.Response.StatusCode = 204;
            return;
        }
        await Error(ctx, 400, $"The fake does not serve {method} on a list.").ConfigureAwait(false);
    }

    private async Task ItemAsync(HttpContext ctx, string method, FakeItem target, string action)
    {
        if (method == "GET" && action.Length == 0)
        {
            await Json.WriteAsync(ctx, 200, new { Id = target.ListItemId, target.HasUniqueRoleAssignments }).ConfigureAwait(false);
            return;
        }
        if (method == "GET" && action == "/roleassignments")
        {
            var value = library.EffectiveAssignments(target).GroupBy(a => a.Principal).Select(g => new
            {
                PrincipalId = g.Key,
                Member = Principal(library.Principal(g.Key)!),
                RoleDefinitionBindings = g.Select(a => Role(FakeLibrary.Roles.Single(r => r.Id == a.Role))).ToList(),
            });
            await Json.WriteAsync(ctx, 200, new { value }).ConfigureAwait(false);
            return;
        }
        if (method == "POST" && action.Equals("/ValidateUpdateListItem", StringComparison.OrdinalIgnoreCase))
        {
            await ValidateUpdateAsync(ctx, target).ConfigureAwait(false);
            return;
        }
        var call = Call().Match(action);
        if (method != "POST" || !call.Success)
        {
            await Error(ctx, 400, $"The fake does not serve {method} {action} on an item.").ConfigureAwait(false);
            return;
        }
        var args = call.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Split('=')).ToDictionary(a => a[0].Trim().ToLowerInvariant(), a => a[1].Trim().ToLowerInvariant());
        var error = library.Locked(() => call.Groups[1].Value.ToLowerInvariant() switch
        {
            "breakroleinheritance" => Break(target, args["copyroleassignments"] == "true", args["clearsubscopes"] == "true"),
            "roleassignments/addroleassignment" => Assign(target, args, add: true),
            "roleassignments/removeroleassignment" => Assign(target, args, add: false),
            _ => "Unknown method.",
        });
        await (error is null ? Json.WriteAsync(ctx, 200, new { }) : Error(ctx, 400, error)).ConfigureAwait(false);
    }

    private string? Break(FakeItem target, bool copy, bool clearSubscopes)
    {
        if (target.HasUniqueRoleAssignments)
        {
            return null; // already unique: SharePoint leaves it as it is
        }
        var inherited = library.EffectiveAssignments(target);
        target.HasUniqueRoleAssignments = true;
        if (copy)
        {
            target.RoleAssignments.UnionWith(inherited);
        }
        else
        {
            // Documented: without copying, "only the current user is assigned to security roles" (Full Control).
            target.RoleAssignments.Add((library.App.Id, FakeLibrary.FullControl.Id));
        }
        if (clearSubscopes)
        {
            ResetBelow(target);
        }
        return null;
    }

    private void ResetBelow(FakeItem folder)
    {
        foreach (var child in library.Children(folder.Id))
        {
            child.HasUniqueRoleAssignments = false;
            child.RoleAssignments.Clear();
            ResetBelow(child);
        }
    }

    private string? Assign(FakeItem target, Dictionary<string, string> args, bool add)
    {
        if (!target.HasUniqueRoleAssignments)
        {
            return "This operation is not allowed on an object that inherits permissions.";
        }
        var principal = int.Parse(args["principalid"], CultureInfo.InvariantCulture);
        var role = int.Parse(args["roledefid"], CultureInfo.InvariantCulture);
        if (library.Principal(principal) is null || FakeLibrary.Roles.All(r => r.Id != role))
        {
            return "Cannot find the principal or role definition.";
        }
        if (add)
        {
            target.RoleAssignments.Add((principal, role));
        }
        else
        {
            target.RoleAssignments.Remove((principal, role));
        }
        return null;
    }

    private static object Principal(FakePrincipal p) => new { p.Id, p.Title, p.LoginName, p.Email, p.PrincipalType };

    private static object Role(FakeRole r) => new { r.Id, r.Name, r.RoleTypeKind };

    private static Task Error(HttpContext ctx, int status, string message) =>
        Json.WriteAsync(ctx, status, new Dictionary<string, object> { ["odata.error"] = new { code = "-1, Microsoft.SharePoint.SPException", message = new { lang = "en-US", value = message } } });

    [GeneratedRegex(@"^web/lists\(guid'([^']+)'\)$", RegexOptions.IgnoreCase)]
    private static partial Regex List();

    [GeneratedRegex(@"^web/lists\(guid'([^']+)'\)/items\((\d+)\)(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^/(breakroleinheritance|roleassignments/addroleassignment|roleassignments/removeroleassignment)\(([^)]*)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Call();

    [GeneratedRegex(@"^web/sitegroups/getbyname\('(.*)'\)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupByName();
}
