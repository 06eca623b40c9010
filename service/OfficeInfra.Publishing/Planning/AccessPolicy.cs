using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Planning;

/// <summary>
/// The access levels of SPEC §3 as grants on a department folder: <c>Public</c> = Owners owner, Members write,
/// everyone in the organisation read; <c>Internal</c> = Owners owner, Members write, Visitors read;
/// <c>Confidential</c> = Owners owner, Members write; <c>Restricted</c> = Owners owner only.
/// </summary>
public static class AccessPolicy
{
    /// <summary>The grants a department's folder should carry, in a stable order, without duplicates.</summary>
    public static IReadOnlyList<Grant> GrantsFor(Department department, string publicPrincipal)
    {
        ArgumentNullException.ThrowIfNull(department);
        var grants = new List<Grant>();
        Add(grants, department.Owners, GrantRole.Owner);
        var level = department.AccessLevel;
        if (level != AccessLevel.Restricted)
        {
            Add(grants, department.Members, GrantRole.Write);
        }
        if (level == AccessLevel.Internal)
        {
            Add(grants, department.Visitors, GrantRole.Read);
        }
        if (level == AccessLevel.Public)
        {
            Add(grants, [publicPrincipal], GrantRole.Read);
        }
        return grants;
    }

    // A principal listed twice keeps its strongest grant only: one principal, one role assignment.
    private static void Add(List<Grant> grants, IEnumerable<string> principals, GrantRole role)
    {
        foreach (var principal in principals.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (!grants.Exists(g => string.Equals(g.Principal, principal, StringComparison.OrdinalIgnoreCase)))
            {
                grants.Add(new Grant(principal, role));
            }
        }
    }
}
