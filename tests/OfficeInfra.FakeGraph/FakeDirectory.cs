namespace OfficeInfra.FakeGraph;

/// <summary>
/// The tenant behind the fake site (an Entra ID stand-in): who <c>ensureuser</c> can find by claim. Every address at
/// <see cref="Domain"/> is a user unless it is a Microsoft 365 group's address; groups exist only once added.
/// </summary>
public sealed class FakeDirectory
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeGroup> _groups = [];

    /// <summary>The tenant id, as in the organisation-wide claim <c>c:0-.f|rolemanager|spo-grid-all-users/&lt;tenant id&gt;</c>.</summary>
    public string TenantId { get; init; } = "00000000-0000-0000-0000-000000000001";

    /// <summary>The client id of the app the fake's callers sign in as.</summary>
    public string ClientId { get; init; } = "00000000-0000-0000-0000-000000000002";

    /// <summary>The tenant's mail domain: any address there is a user unless it is a group's.</summary>
    public string Domain { get; init; } = "contoso.com";

    /// <summary>Adds a user with a display name (otherwise a user's title is the address's local part).</summary>
    public void AddUser(string upn, string displayName)
    {
        lock (_gate)
        {
            _users[upn] = displayName;
        }
    }

    /// <summary>Adds a security group (no mailbox), found by its object id.</summary>
    public void AddSecurityGroup(string objectId, string displayName) => Add(new FakeGroup(objectId, displayName, null, Unified: false));

    /// <summary>Adds a Microsoft 365 group, found by its object id; Graph finds it by <paramref name="mail"/>.</summary>
    public void AddMicrosoft365Group(string objectId, string mail, string displayName) => Add(new FakeGroup(objectId, displayName, mail, Unified: true));

    /// <summary>The groups whose mail is <paramref name="mail"/> (Graph <c>$filter=mail eq '…'</c>).</summary>
    public IReadOnlyList<FakeGroup> GroupsByMail(string mail)
    {
        lock (_gate)
        {
            return _groups.Where(g => string.Equals(g.Mail, mail, StringComparison.OrdinalIgnoreCase)).ToList();
        }
    }

    internal FakeGroup? Group(string objectId)
    {
        lock (_gate)
        {
            return _groups.FirstOrDefault(g => string.Equals(g.Id, objectId, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The display name of the user <paramref name="upn"/>, or null when the tenant has no such user.</summary>
    internal string? User(string upn)
    {
        lock (_gate)
        {
            if (_users.TryGetValue(upn, out var name))
            {
                return name;
            }
            var at = upn.IndexOf('@', StringComparison.Ordinal);
            return at > 0 && upn[(at + 1)..].Equals(Domain, StringComparison.OrdinalIgnoreCase)
                && !_groups.Any(g => string.Equals(g.Mail, upn, StringComparison.OrdinalIgnoreCase))
                ? upn[..at]
                : null;
        }
    }

    private void Add(FakeGroup group)
    {
        lock (_gate)
        {
            _groups.Add(group);
        }
    }
}

/// <summary>An Entra group: a security group (no mail) or a Microsoft 365 group (<paramref name="Unified"/>, with a mail).</summary>
public sealed record FakeGroup(string Id, string DisplayName, string? Mail, bool Unified);
