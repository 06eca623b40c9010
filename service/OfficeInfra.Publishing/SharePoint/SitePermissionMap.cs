using System.Collections.Concurrent;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Translates between the plan's grants (principal name + <see cref="GrantRole"/>) and SharePoint's (principal id +
/// role definition id). Roles are matched by <c>RoleTypeKind</c>, not by name, so localised sites work too. Every
/// principal the registers can name resolves with no configuration: Owners / Members / Visitors (the site's associated
/// groups), the organisation-wide principal, a user's or a Microsoft 365 group's address, a security group's object id,
/// a claim, a site group's name; <see cref="SharePointOptions.Principals"/> can still map a name to something else.
/// </summary>
internal sealed class SitePermissionMap(SharePointRestClient rest, EntraGroups groups, IReadOnlyDictionary<string, string> configured, string? tenantId)
{
    // SharePoint's RoleTypeKind values: Reader 2, Contributor 3, Administrator (Full Control) 5, Editor 6.
    private const int Reader = 2, Contributor = 3, Administrator = 5, Editor = 6;
    private static readonly string[] Associated = ["Owners", "Members", "Visitors"];

    private readonly ConcurrentDictionary<string, Lazy<Task<SitePrincipal>>> _principals = new(StringComparer.OrdinalIgnoreCase);
    private Task<IReadOnlyList<RoleDefinition>>? _roles;
    private Task<Dictionary<int, string>>? _associatedById;
    private Task<SitePrincipal>? _caller;

    public async Task<int> RoleIdAsync(GrantRole role, CancellationToken ct)
    {
        var roles = await RolesAsync(ct).ConfigureAwait(false);
        var kind = role switch { GrantRole.Owner => Administrator, GrantRole.Write => Contributor, _ => Reader };
        return (roles.FirstOrDefault(r => r.RoleTypeKind == kind)
            ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The site has no role definition for {role} access.")).Id;
    }

    public Task<SitePrincipal> PrincipalAsync(string principal, CancellationToken ct) =>
        _principals.GetOrAdd(principal, p => new Lazy<Task<SitePrincipal>>(() => ResolveAsync(p, ct))).Value;

    /// <summary>
    /// The app itself (<c>web/currentuser</c>): breaking inheritance without copying leaves it Full Control, which is
    /// taken back once the level's grants are in place (it keeps access through its site-level permission).
    /// </summary>
    public Task<SitePrincipal> CallerAsync(CancellationToken ct) =>
        LazyInitializer.EnsureInitialized(ref _caller, () => rest.CurrentUserAsync(ct));

    /// <summary>The plan's role for a SharePoint role definition; null for Limited Access and the like.</summary>
    public static GrantRole? RoleOf(RoleDefinition role) => role.RoleTypeKind switch
    {
        Administrator => GrantRole.Owner,
        Contributor or Editor => GrantRole.Write,
        Reader => GrantRole.Read,
        _ => null,
    };

    /// <summary>
    /// The plan's grants for SharePoint's role assignments on one folder, each principal named as the registers name it
    /// (<paramref name="known"/>: names the product gave grants to before, preferred when they fit).
    /// </summary>
    public async Task<IReadOnlyList<Grant>> GrantsAsync(IReadOnlyList<RoleAssignment> assignments, IEnumerable<string> known, CancellationToken ct)
    {
        var names = known.ToList();
        var grants = new List<Grant>();
        foreach (var assignment in assignments)
        {
            var name = await NameOfAsync(assignment.Member, names, ct).ConfigureAwait(false);
            grants.AddRange(assignment.Roles.Select(RoleOf).OfType<GrantRole>().Select(role => new Grant(name, role)));
        }
        return grants.Distinct().ToList();
    }

    /// <summary>The name the app's own grants carry in <see cref="GrantsAsync"/>.</summary>
    public async Task<string> CallerNameAsync(CancellationToken ct)
    {
        var caller = await CallerAsync(ct).ConfigureAwait(false);
        return caller.LoginName ?? caller.Title;
    }

    /// <summary>True when the plan's <paramref name="name"/> stands for <paramref name="member"/>.</summary>
    public async Task<bool> IsAsync(string name, SitePrincipal member, CancellationToken ct) =>
        string.Equals(await NameOfAsync(member, [name], ct).ConfigureAwait(false), name, StringComparison.OrdinalIgnoreCase);

    private async Task<string> NameOfAsync(SitePrincipal member, IReadOnlyList<string> known, CancellationToken ct)
    {
        if (member.Id == (await CallerAsync(ct).ConfigureAwait(false)).Id)
        {
            // The app is named by its login name: no register names it, so its grant is never mistaken for one.
            return member.LoginName ?? member.Title;
        }
        if ((await AssociatedByIdAsync(ct).ConfigureAwait(false)).TryGetValue(member.Id, out var associated))
        {
            return associated;
        }
        foreach (var (key, value) in configured)
        {
            if (string.Equals(value, member.Title, StringComparison.OrdinalIgnoreCase) || string.Equals(value, member.LoginName, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }
        return known.FirstOrDefault(n => !Associated.Contains(n, StringComparer.OrdinalIgnoreCase) && PrincipalClaims.Matches(n, member))
            ?? PrincipalClaims.CanonicalName(member);
    }

    private async Task<SitePrincipal> ResolveAsync(string principal, CancellationToken ct)
    {
        if (configured.TryGetValue(principal, out var mapped))
        {
            return await rest.SiteGroupAsync(mapped, ct).ConfigureAwait(false)
                ?? await rest.EnsureUserAsync(mapped, ct).ConfigureAwait(false)
                ?? throw Unresolved(principal, $"SharePoint:Principals maps it to '{mapped}', which is neither a site group nor a login name SharePoint knows");
        }
        if (Associated.Contains(principal, StringComparer.OrdinalIgnoreCase))
        {
            return await rest.AssociatedGroupAsync(principal[..^1].ToLowerInvariant(), ct).ConfigureAwait(false);
        }
        var tried = new List<string>();
        foreach (var claim in ClaimsFor(principal))
        {
            tried.Add(claim);
            if (await rest.EnsureUserAsync(claim, ct).ConfigureAwait(false) is { } found)
            {
                return found;
            }
        }
        if (PrincipalClaims.IsAddress(principal))
        {
            // Not a user: a Microsoft 365 (or mail-enabled security) group is known to SharePoint by its object id only.
            var (byMail, refused) = await groups.ByMailAsync(principal, ct).ConfigureAwait(false);
            foreach (var claim in byMail.Select(g => g.Unified ? PrincipalClaims.Microsoft365Group(g.Id) : PrincipalClaims.SecurityGroup(g.Id)))
            {
                tried.Add(claim);
                if (await rest.EnsureUserAsync(claim, ct).ConfigureAwait(false) is { } found)
                {
                    return found;
                }
            }
            if (refused)
            {
                tried.Add("a group look-up by address, which needs the Graph permission GroupMember.Read.All");
            }
        }
        else if (tried.Count == 0)
        {
            // Neither an address, an object id, a claim nor the organisation: a SharePoint group of the site, by name.
            if (await rest.SiteGroupAsync(principal, ct).ConfigureAwait(false) is { } siteGroup)
            {
                return siteGroup;
            }
            tried.Add("a site group of that name");
        }
        throw Unresolved(principal, $"tried {string.Join(", ", tried)}");
    }

    /// <summary>The claims to try, in order, for a name the registers give.</summary>
    private IEnumerable<string> ClaimsFor(string principal)
    {
        if (PrincipalClaims.IsOrganisation(principal) && !PrincipalClaims.IsClaim(principal))
        {
            yield return PrincipalClaims.Organisation(string.IsNullOrWhiteSpace(tenantId)
                ? throw new OfficeInfraException(ErrorKind.Configuration,
                    $"The principal '{principal}' needs the setting SharePoint:TenantId: SharePoint knows it as c:0-.f|rolemanager|spo-grid-all-users/<tenant id>.")
                : tenantId);
        }
        else if (PrincipalClaims.IsClaim(principal))
        {
            yield return principal;
        }
        else if (PrincipalClaims.IsObjectId(principal))
        {
            yield return PrincipalClaims.SecurityGroup(principal);
            yield return PrincipalClaims.Microsoft365Group(principal);
        }
        else if (PrincipalClaims.IsAddress(principal))
        {
            yield return PrincipalClaims.User(principal);
        }
    }

    private static OfficeInfraException Unresolved(string principal, string detail) => new(ErrorKind.TargetFailed,
        $"SharePoint does not know the principal '{principal}' ({detail}): check its spelling in the Departments register, or map it under SharePoint:Principals.");

    // Looked up once per run; a failure fails the run anyway, since the handler has already retried.
    private Task<IReadOnlyList<RoleDefinition>> RolesAsync(CancellationToken ct) =>
        LazyInitializer.EnsureInitialized(ref _roles, () => rest.RoleDefinitionsAsync(ct));

    private Task<Dictionary<int, string>> AssociatedByIdAsync(CancellationToken ct) =>
        LazyInitializer.EnsureInitialized(ref _associatedById, async () =>
        {
            var map = new Dictionary<int, string>();
            foreach (var name in Associated)
            {
                var group = await rest.AssociatedGroupAsync(name[..^1].ToLowerInvariant(), ct).ConfigureAwait(false);
                map[group.Id] = name;
            }
            return map;
        });
}
