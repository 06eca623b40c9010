namespace OfficeInfra.FakeGraph;

/// <summary>
/// The in-memory document library behind the fake: items by id and path, list item permissions, site principals
/// and role definitions. Every member locks, so tests may inspect it while requests run.
/// </summary>
public sealed class FakeLibrary
{
    /// <summary>Role definitions as a classic team site has them.</summary>
    public static readonly FakeRole FullControl = new(1073741829, "Full Control", 5), Contribute = new(1073741827, "Contribute", 3),
        Read = new(1073741826, "Read", 2), Edit = new(1073741830, "Edit", 6), LimitedAccess = new(1073741825, "Limited Access", 1);

    private readonly object _gate = new();
    private readonly Dictionary<string, FakeItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<int, FakePrincipal> _principals = [];
    private int _nextId = 10;

    /// <summary>Creates an empty library with the site's Owners, Members and Visitors groups, in a tenant with no groups yet.</summary>
    public FakeLibrary() : this(new FakeDirectory())
    {
    }

    /// <summary>Creates an empty library in the tenant <paramref name="directory"/>.</summary>
    public FakeLibrary(FakeDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        Root = new FakeItem { Id = "01ROOT", Name = "root", IsFolder = true, ListItemId = 0 };
        _items[Root.Id] = Root;
        Owners = AddPrincipal("Ops Owners", "Ops Owners", null, 8);
        Members = AddPrincipal("Ops Members", "Ops Members", null, 8);
        Visitors = AddPrincipal("Ops Visitors", "Ops Visitors", null, 8);
        Everyone = AddPrincipal("Everyone except external users", $"c:0-.f|rolemanager|spo-grid-all-users/{directory.TenantId}", null, 4);
        // An app-only caller appears in the site as this user (web/currentuser answers it).
        App = AddPrincipal("SharePoint App", $"i:0i.t|ms.sp.ext|{directory.ClientId}@{directory.TenantId}", null, 1);
    }

    /// <summary>The tenant: who ensureuser can find.</summary>
    public FakeDirectory Directory { get; }

    /// <summary>The app the callers sign in as; breaking inheritance without copying gives it Full Control.</summary>
    public FakePrincipal App { get; }

    /// <summary>Library root.</summary>
    public FakeItem Root { get; }

    /// <summary>The site's associated groups and the organisation-wide claim.</summary>
    public FakePrincipal Owners { get; }

    /// <summary>Associated members group.</summary>
    public FakePrincipal Members { get; }

    /// <summary>Associated visitors group.</summary>
    public FakePrincipal Visitors { get; }

    /// <summary>The "Everyone except external users" claim.</summary>
    public FakePrincipal Everyone { get; }

    /// <summary>List id of the library.</summary>
    public string ListId { get; } = "5e0a7f6c-1b2d-4e3f-9a8b-7c6d5e4f3a2b";

    /// <summary>All role definitions.</summary>
    public static IReadOnlyList<FakeRole> Roles { get; } = [FullControl, Contribute, Read, Edit, LimitedAccess];

    /// <summary>Role assignments of the library itself, which inheriting folders see.</summary>
    public IReadOnlyList<(int Principal, int Role)> LibraryAssignments =>
        [(Owners.Id, FullControl.Id), (Members.Id, Edit.Id), (Visitors.Id, Read.Id)];

    internal T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    internal FakeItem? ById(string id) => Locked(() => _items.GetValueOrDefault(id == "root" ? Root.Id : id));

    internal FakeItem? ByListItem(int listItemId) => Locked(() => _items.Values.FirstOrDefault(i => i.ListItemId == listItemId && i != Root));

    internal IReadOnlyList<FakeItem> Children(string parentId) =>
        Locked(() => _items.Values.Where(i => i.ParentId == parentId).OrderBy(i => i.Name, StringComparer.Ordinal).ToList());

    internal FakeItem? Child(string parentId, string name) =>
        Locked(() => _items.Values.FirstOrDefault(i => i.ParentId == parentId && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The item at a '/'-separated path under <paramref name="from"/> (the root when null).</summary>
    public FakeItem? ByPath(string path, FakeItem? from = null) => Locked(() =>
    {
        var item = from ?? Root;
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            item = Child(item.Id, name);
            if (item is null)
            {
                return null;
            }
        }
        return item;
    });

    /// <summary>The item's path relative to the root.</summary>
    public string PathOf(FakeItem item) => Locked(() =>
    {
        var names = new List<string>();
        for (var i = item; i is not null && i != Root; i = i.ParentId is null ? null : _items[i.ParentId])
        {
            names.Insert(0, i.Name);
        }
        return string.Join('/', names);
    });

    internal FakeItem Add(string parentId, string name, bool folder, byte[]? content = null) => Locked(() =>
    {
        var id = _nextId++;
        var item = new FakeItem
        {
            Id = $"01ITEM{id:D6}", Name = name, ParentId = parentId, IsFolder = folder, ListItemId = id, Content = content ?? [],
        };
        _items[item.Id] = item;
        return item;
    });

    /// <summary>Creates missing folders along <paramref name="names"/> (as Graph does for PUT by path) and returns the last.</summary>
    internal FakeItem EnsureFolders(FakeItem from, IEnumerable<string> names) => Locked(() =>
    {
        var item = from;
        foreach (var name in names)
        {
            item = Child(item.Id, name) ?? Add(item.Id, name, folder: true);
        }
        return item;
    });

    /// <summary>
    /// Writes a file, replacing the one with the same name (same id, new eTag and cTag). A file checked out gets no
    /// new version until it is checked in; otherwise each write is a version (the only one when versioning is off).
    /// </summary>
    internal FakeItem PutFile(FakeItem parent, string name, byte[] content) => Locked(() =>
    {
        var existing = Child(parent.Id, name);
        if (existing is null)
        {
            var created = Add(parent.Id, name, folder: false, content);
            NewVersion(created, null);
            return created;
        }
        existing.Content = content;
        existing.Version++;
        existing.ContentVersion++;
        if (!existing.CheckedOut)
        {
            NewVersion(existing, null);
        }
        return existing;
    });

    /// <summary>True while the library keeps versions (SharePoint's EnableVersioning); on by default, as in new libraries.</summary>
    public bool VersioningEnabled { get; set; } = true;

    /// <summary>The library's columns by internal name: display name and type (<c>text</c>, <c>number</c>, <c>dateTime</c>, <c>boolean</c>).</summary>
    public Dictionary<string, (string DisplayName, string Type)> Columns { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Title"] = ("Title", "text"),
    };

    /// <summary>The retention labels published to the site (created in Purview).</summary>
    public HashSet<string> RetentionLabels { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a version to a file's history (replacing it when the library keeps no versions).</summary>
    internal void NewVersion(FakeItem item, string? comment) => Locked(() =>
    {
        if (!VersioningEnabled)
        {
            item.Versions.Clear();
        }
        item.Versions.Add(comment);
        return true;
    });

    /// <summary>The file at <paramref name="path"/>.</summary>
    public FakeItem File(string path) => ByPath(path) is { IsFolder: false } item ? item : throw new KeyNotFoundException(path);

    internal void Delete(FakeItem item) => Locked(() =>
    {
        foreach (var child in Children(item.Id))
        {
            Delete(child);
        }
        return _items.Remove(item.Id);
    });

    internal FakePrincipal AddPrincipal(string title, string login, string? email, int type) => Locked(() =>
    {
        var principal = new FakePrincipal(_nextId++, title, login, email, type);
        _principals[principal.Id] = principal;
        return principal;
    });

    /// <summary>Every principal the site knows (its groups, the app, and whoever ensureuser added).</summary>
    public IReadOnlyList<FakePrincipal> Principals() => Locked(() => (IReadOnlyList<FakePrincipal>)[.. _principals.Values]);

    internal FakePrincipal? Principal(int id) => Locked(() => _principals.GetValueOrDefault(id));

    /// <summary>
    /// ensureuser as SharePoint does it: a login name or claim only (never a display title). A user by
    /// <c>i:0#.f|membership|&lt;upn&gt;</c>, a security group by <c>c:0t.c|tenant|&lt;object id&gt;</c>, a Microsoft 365
    /// group by <c>c:0o.c|federateddirectoryclaimprovider|&lt;object id&gt;</c>, everyone but guests by
    /// <c>c:0-.f|rolemanager|spo-grid-all-users/&lt;tenant id&gt;</c>; null when the tenant has no such principal.
    /// </summary>
    internal FakePrincipal? EnsureUser(string logonName) => Locked(() =>
    {
        var known = _principals.Values.FirstOrDefault(p => p.PrincipalType != 8 && string.Equals(p.LoginName, logonName, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }
        var parts = logonName.Split('|');
        if (parts.Length != 3)
        {
            return null;
        }
        switch (parts[0] + "|" + parts[1])
        {
            case "i:0#.f|membership" when Directory.User(parts[2]) is { } name:
                return AddPrincipal(name, $"i:0#.f|membership|{parts[2].ToLowerInvariant()}", parts[2].ToLowerInvariant(), 1);
            case "c:0t.c|tenant" when Directory.Group(parts[2]) is { Unified: false } group:
                return AddPrincipal(group.DisplayName, $"c:0t.c|tenant|{group.Id}", null, 4);
            case "c:0o.c|federateddirectoryclaimprovider" when Directory.Group(parts[2]) is { Unified: true } group:
                return AddPrincipal(group.DisplayName, $"c:0o.c|federateddirectoryclaimprovider|{group.Id}", group.Mail, 4);
            default:
                return null;
        }
    });

    internal FakePrincipal? PrincipalNamed(string name) => Locked(() => _principals.Values.FirstOrDefault(p =>
        string.Equals(p.Title, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.LoginName, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(p.Email, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The assignments in force on an item: its own when unique, else the nearest unique ancestor's, else the library's.</summary>
    public IReadOnlyList<(int Principal, int Role)> EffectiveAssignments(FakeItem item) => Locked(() =>
    {
        for (var i = item; i is not null && i != Root; i = i.ParentId is null ? null : _items[i.ParentId])
        {
            if (i.HasUniqueRoleAssignments)
            {
                return (IReadOnlyList<(int, int)>)[.. i.RoleAssignments];
            }
        }
        return LibraryAssignments;
    });

    /// <summary>Effective permissions at a path as (principal title, role name), for assertions.</summary>
    public IReadOnlyList<(string Principal, string Role)> EffectivePermissions(string path) => Locked(() =>
        (IReadOnlyList<(string, string)>)EffectiveAssignments(ByPath(path) ?? throw new KeyNotFoundException(path))
            .Select(a => (_principals[a.Principal].Title, Roles.Single(r => r.Id == a.Role).Name))
            .OrderBy(a => a.Item1, StringComparer.Ordinal).ToList());

    /// <summary>Every file with the principals its effective permissions let read it (any role reads).</summary>
    public IReadOnlyList<(string Path, IReadOnlyList<FakePrincipal> Readers)> FileReaders() => Locked(() =>
        (IReadOnlyList<(string, IReadOnlyList<FakePrincipal>)>)_items.Values.Where(i => !i.IsFolder)
            .Select(i => (PathOf(i), (IReadOnlyList<FakePrincipal>)EffectiveAssignments(i).Select(a => _principals[a.Principal]).Distinct().ToList()))
            .ToList());

    /// <summary>Every folder or file where the app still holds a role of its own.</summary>
    public IReadOnlyList<string> AppGrants() => Locked(() =>
        (IReadOnlyList<string>)_items.Values.Where(i => i.HasUniqueRoleAssignments && i.RoleAssignments.Any(a => a.Principal == App.Id))
            .Select(PathOf).Order(StringComparer.Ordinal).ToList());

    /// <summary>Every file as path → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files() => Locked(() =>
        (IReadOnlyDictionary<string, byte[]>)_items.Values.Where(i => !i.IsFolder).ToDictionary(PathOf, i => i.Content, StringComparer.Ordinal));

    /// <summary>Every folder path.</summary>
    public IReadOnlyList<string> Folders() => Locked(() =>
        (IReadOnlyList<string>)_items.Values.Where(i => i.IsFolder && i != Root).Select(PathOf).Order(StringComparer.Ordinal).ToList());

    /// <summary>Count of items whose name appears more than once in the same folder (must stay zero).</summary>
    public int DuplicateNames() => Locked(() => _items.Values.Where(i => i != Root)
        .GroupBy(i => (i.ParentId, i.Name.ToUpperInvariant())).Count(g => g.Count() > 1));

    /// <summary>Writes a file as a person would (new cTag), creating folders on the way.</summary>
    public void WriteFile(string path, byte[] content)
    {
        var names = path.Split('/');
        PutFile(EnsureFolders(Root, names[..^1]), names[^1], content);
    }

    /// <summary>Adds a role assignment by hand (drift), by principal title and role name.</summary>
    public void GrantByHand(string path, string principalTitle, string roleName) => Locked(() =>
        (ByPath(path) ?? throw new KeyNotFoundException(path)).RoleAssignments.Add(
            (PrincipalNamed(principalTitle)!.Id, Roles.Single(r => r.Name == roleName).Id)));

    /// <summary>Makes the item at <paramref name="path"/> inherit its parent's permissions again (as "Delete unique permissions" does).</summary>
    public void InheritPermissions(string path) => Locked(() =>
    {
        var item = ByPath(path) ?? throw new InvalidOperationException($"No item at {path}.");
        item.HasUniqueRoleAssignments = false;
        item.RoleAssignments.Clear();
        return true;
    });

    /// <summary>True when the item at <paramref name="path"/> no longer inherits.</summary>
    public bool HasUniquePermissions(string path) => Locked(() => ByPath(path)?.HasUniqueRoleAssignments ?? false);
}
