using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// Makes one department folder's role assignments what the plan says, in the order that never opens it wider than
/// its access level: stop inheriting (only the app keeps Full Control), take away what goes, give what the level
/// gives, then take the app's own Full Control back (it keeps access through its site-level permission).
/// </summary>
/// <remarks>
/// Documentation followed: sp-dev-docs "Set custom permissions on a list by using the REST interface";
/// SP.SecurableObject.breakRoleInheritance (copyRoleAssignments=false leaves only the current user);
/// RoleAssignmentCollection.RemoveRoleAssignment(principalId, roleDefId): removal by the principal id read from the
/// folder, never by resolving a display name again.
/// </remarks>
internal sealed class FolderPermissionWriter(SharePointRestClient rest, SitePermissionMap map)
{
    public async Task ApplyAsync(ListItemRef item, PlannedPermissions change, CancellationToken ct)
    {
        if (change.BreakInheritance)
        {
            // copyRoleAssignments=false: nothing from above the department folder survives (SPEC §3).
            await rest.BreakInheritanceAsync(item, ct).ConfigureAwait(false);
        }
        // Drift is only reported; it goes only when the plan lists it under Remove (the user asked to prune).
        if (change.Remove.Count > 0)
        {
            await RemoveAsync(item, change.Remove, ct).ConfigureAwait(false);
        }
        var given = new HashSet<int>();
        foreach (var grant in change.Add)
        {
            var principal = await map.PrincipalAsync(grant.Principal, ct).ConfigureAwait(false);
            given.Add(principal.Id);
            await rest.AddRoleAssignmentAsync(item, principal.Id, await map.RoleIdAsync(grant.Role, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        }
        if (change.BreakInheritance)
        {
            var caller = await map.CallerAsync(ct).ConfigureAwait(false);
            if (!given.Contains(caller.Id))
            {
                await RemoveBindingAsync(item, caller.Id, await map.RoleIdAsync(GrantRole.Owner, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Takes away every grant on the item but <paramref name="keep"/>'s, each by the principal id and role definition read
    /// from the item; a binding that gives no access of its own (Limited Access) stays.
    /// </summary>
    public async Task RemoveAllButAsync(ListItemRef item, int keep, CancellationToken ct)
    {
        foreach (var assignment in (await rest.RoleAssignmentsAsync(item, ct).ConfigureAwait(false)).Where(a => a.Member.Id != keep))
        {
            foreach (var role in assignment.Roles.Where(r => SitePermissionMap.RoleOf(r) is not null))
            {
                await RemoveBindingAsync(item, assignment.Member.Id, role.Id, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Removes each grant by the principal id and role definition read from the folder itself.</summary>
    private async Task RemoveAsync(ListItemRef item, IReadOnlyList<Grant> grants, CancellationToken ct)
    {
        var assignments = await rest.RoleAssignmentsAsync(item, ct).ConfigureAwait(false);
        foreach (var grant in grants)
        {
            foreach (var assignment in assignments)
            {
                if (!await map.IsAsync(grant.Principal, assignment.Member, ct).ConfigureAwait(false))
                {
                    continue;
                }
                foreach (var role in assignment.Roles.Where(r => SitePermissionMap.RoleOf(r) == grant.Role))
                {
                    await RemoveBindingAsync(item, assignment.Member.Id, role.Id, ct).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// Removes one binding. When SharePoint refuses (a retried call whose first answer was lost, or a binding someone
    /// removed meanwhile), the folder is read back: a binding that is gone is what was wanted.
    /// </summary>
    private async Task RemoveBindingAsync(ListItemRef item, int principalId, int roleId, CancellationToken ct)
    {
        try
        {
            await rest.RemoveRoleAssignmentAsync(item, principalId, roleId, ct).ConfigureAwait(false);
        }
        catch (OfficeInfraException)
        {
            var now = await rest.RoleAssignmentsAsync(item, ct).ConfigureAwait(false);
            if (now.Any(a => a.Member.Id == principalId && a.Roles.Any(r => r.Id == roleId)))
            {
                throw;
            }
        }
    }
}
