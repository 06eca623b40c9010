using System.Collections.Concurrent;
using OfficeInfra.Publishing.Library;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Translates between the plan's grants (principal name + <see cref="GrantRole"/>) and SharePoint's (principal id +
/// role definition id). Roles are matched by <c>RoleTypeKind</c>, not by name, so localised sites work too.
/// </summary>
internal sealed class SitePermissionMap(SharePointRestClient rest, IReadOnlyDictionary<string, string> configured)
{
    // SharePoint's RoleTypeKind values: Reader 2, Contributor 3, Administrator (Full Control) 5, Editor 6.
    private const int Reader = 2, Contributor = 3, Administrator = 5, Editor = 6;
    private static readonly string[] Associated = ["Owners", "Members", "Visitors"];

    private readonly ConcurrentDictionary<string, Lazy<Task<SitePrincipal>>> _principals = new(StringComparer.OrdinalIgnoreCase);
    private Task<IReadOnlyList<RoleDefinition>>? _roles;
    private Task<Dictionary<int, string>>? _associatedById;

    public async Task<int> RoleIdAsync(GrantRole role, CancellationToken ct)
    {
        var roles = await RolesAsync(ct).ConfigureAwait(false);
        var kind = role switch { GrantRole.Owner => Administrator, GrantRole.Write => Contributor, _ => Reader };
        return (roles.FirstOrDefault(r => r.RoleTypeKind == kind)
            ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The site has no role definition for {role} access.")).Id;
    }

    public Task<SitePrincipal> PrincipalAsync(string principal, CancellationToken ct) =>
        _principals.GetOrAdd(principal, p => new Lazy<Task<SitePrincipal>>(() => ResolveAsync(p, ct))).Value;

    /// <summary>The plan's grants for SharePoint's role assignments on one folder; Limited Access and the like are skipped.</summary>
    public async Task<IReadOnlyList<Grant>> GrantsAsync(IReadOnlyList<RoleAssignment> assignments, CancellationToken ct)
    {
        var associated = await AssociatedByIdAsync(ct).ConfigureAwait(false);
        var grants = new List<Grant>();
        foreach (var assignment in assignments)
        {
            var name = NameOf(assignment.Member, associated);
            foreach (var role in assignment.Roles)
            {
                GrantRole? grant = role.RoleTypeKind switch
                {
                    Administrator => GrantRole.Owner,
                    Contributor or Editor => GrantRole.Write,
                    Reader => GrantRole.Read,
                    _ => null,
                };
                if (grant is { } g)
                {
                    grants.Add(new Grant(name, g));
                }
            }
        }
        return grants.Distinct().ToList();
    }

    private string NameOf(SitePrincipal member, Dictionary<int, string> associated)
    {
        if (associated.TryGetValue(member.Id, out var name))
        {
            return name;
        }
        foreach (var (key, value) in configured)
        {
            if (string.Equals(value, member.Title, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, member.LoginName, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }
        // Registers name users and mail-enabled groups by e-mail; SharePoint groups and claims have only a title.
        return string.IsNullOrEmpty(member.Email) ? member.Title : member.Email;
    }

    private async Task<SitePrincipal> ResolveAsync(string principal, CancellationToken ct)
    {
        if (configured.TryGetValue(principal, out var mapped))
        {
            return await (await rest.SiteGroupAsync(mapped, ct).ConfigureAwait(false) is { } g
                ? Task.FromResult(g) : rest.EnsureUserAsync(mapped, ct)).ConfigureAwait(false);
        }
        if (Associated.Contains(principal, StringComparer.OrdinalIgnoreCase))
        {
            return await rest.AssociatedGroupAsync(principal[..^1].ToLowerInvariant(), ct).ConfigureAwait(false);
        }
        if (!principal.Contains('@', StringComparison.Ordinal) && !principal.Contains('|', StringComparison.Ordinal)
            && await rest.SiteGroupAsync(principal, ct).ConfigureAwait(false) is { } group)
        {
            return group;
        }
        return await rest.EnsureUserAsync(principal, ct).ConfigureAwait(false);
    }

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
