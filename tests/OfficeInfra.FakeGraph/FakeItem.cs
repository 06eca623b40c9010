namespace OfficeInfra.FakeGraph;

/// <summary>A drive item held in memory: a folder or a file, with its list item's permission state.</summary>
public sealed class FakeItem
{
    /// <summary>Graph id.</summary>
    public required string Id { get; init; }

    /// <summary>Name within its parent.</summary>
    public required string Name { get; set; }

    /// <summary>Parent's id; null for the root.</summary>
    public string? ParentId { get; init; }

    /// <summary>True for folders.</summary>
    public bool IsFolder { get; init; }

    /// <summary>File bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>Bumped on every change (eTag) and on content changes (cTag).</summary>
    public int Version { get; set; } = 1;

    /// <summary>Bumped on content changes.</summary>
    public int ContentVersion { get; set; } = 1;

    /// <summary>SharePoint list item id.</summary>
    public int ListItemId { get; init; }

    /// <summary>True once inheritance is broken.</summary>
    public bool HasUniqueRoleAssignments { get; set; }

    /// <summary>Own role assignments (principal id, role definition id), meaningful when unique.</summary>
    public HashSet<(int Principal, int Role)> RoleAssignments { get; } = [];

    /// <summary>The list item's column values (internal name → value as Graph returned it).</summary>
    public Dictionary<string, object?> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True while the file is checked out (to the app; the fake has one caller).</summary>
    public bool CheckedOut { get; set; }

    /// <summary>The file's version history, oldest first: each version's comment (null when none was given).</summary>
    public List<string?> Versions { get; } = [];

    /// <summary>The retention label applied to the item, if any.</summary>
    public string? RetentionLabel { get; set; }

    /// <summary>True when <see cref="RetentionLabel"/> was applied to the item itself; false when it came from a folder
    /// labelled above it (Graph's <c>isLabelAppliedExplicitly</c>).</summary>
    public bool RetentionLabelExplicit { get; set; }
}
