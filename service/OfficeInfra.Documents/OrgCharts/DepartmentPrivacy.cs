using OfficeInfra.Documents.Filing;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// What the organisation-wide deck, which whoever reads the library's root reads, may show of a Confidential or
/// Restricted department (<see cref="Disclosure"/>): its heads by title (<see cref="DepartmentHeads"/>), each with its
/// access level where a holder or "Vacant" would be, and its headcount, with the line each first head shows instead of
/// the rest ("+27 roles (Restricted)"). Its heads' holders and vacancies, its other roles, their types and reporting
/// lines, and any figure made of them, stay in the department's own deck.
/// </summary>
internal sealed class DepartmentPrivacy
{
    private readonly Dictionary<Role, string> _notes;
    private readonly Dictionary<RegisterName, AccessLevel> _headcountOnly;
    private readonly Dictionary<Role, Role> _masks;
    private readonly Dictionary<Role, AccessLevel> _titleOnly;

    private DepartmentPrivacy(HashSet<Role> hidden, Dictionary<Role, string> notes, Dictionary<RegisterName, AccessLevel> headcountOnly,
        Dictionary<Role, Role> masks)
    {
        Hidden = hidden;
        _notes = notes;
        _headcountOnly = headcountOnly;
        _masks = masks;
        _titleOnly = new Dictionary<Role, AccessLevel>(ReferenceEqualityComparer.Instance);
        foreach (var mask in masks.Values)
        {
            _titleOnly[mask] = headcountOnly[mask.Department];
        }
    }

    public static DepartmentPrivacy None { get; } = new([], [], [], []);

    /// <summary>Roles the organisation deck does not show.</summary>
    public IReadOnlySet<Role> Hidden { get; }

    /// <summary>True when some department shows its headcount only.</summary>
    public bool Any => _headcountOnly.Count > 0;

    /// <summary>The line a shown role's box adds (what a hidden department's first head stands for), by the role as shown.</summary>
    public string? HeadNote(Role role) => _notes.GetValueOrDefault(role);

    /// <summary>The access level of a department the organisation deck counts but does not detail; null for one it shows in full.</summary>
    public AccessLevel? HeadcountOnly(string department) =>
        _headcountOnly.TryGetValue(department, out var access) ? access : null;

    /// <summary>The access level of a role the organisation deck shows by title only (a hidden department's head, as shown).</summary>
    public AccessLevel? TitleOnly(Role role) => _titleOnly.TryGetValue(role, out var access) ? access : null;

    /// <summary>
    /// The registers as the organisation deck shows them: each hidden department's heads filled by their access level
    /// ("Restricted" where the holder's name or "Vacant" would be), so no box, cover line or figure can tell who holds
    /// them or whether they are vacant. Every other role is the registers' own.
    /// </summary>
    public RegisterSet Shown(RegisterSet registers) => _masks.Count == 0 ? registers
        : registers with { Roles = [.. registers.Roles.Select(r => _masks.GetValueOrDefault(r, r))] };

    public static DepartmentPrivacy Of(RegisterSet registers)
    {
        var hidden = new HashSet<Role>(ReferenceEqualityComparer.Instance);
        var notes = new Dictionary<Role, string>(ReferenceEqualityComparer.Instance);
        var masks = new Dictionary<Role, Role>(ReferenceEqualityComparer.Instance);
        var headcountOnly = new Dictionary<RegisterName, AccessLevel>();
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        foreach (var department in registers.Departments.Where(d => Disclosure.IsHiddenLevel(d.AccessLevel)))
        {
            if (!headcountOnly.TryAdd(department.Name, department.AccessLevel))
            {
                continue;
            }
            var members = registers.Roles.Where(r => OrgChartDeck.Same(r.Department, department.Name)).ToList();
            var heads = DepartmentHeads.Of(registers, department.Name, members);
            var rest = members.Except(heads).ToList();
            hidden.UnionWith(rest);
            foreach (var head in heads)
            {
                masks[head] = head with { Status = "Filled", Holder = words.AccessName(department.AccessLevel) };
            }
            if (heads.Count > 0 && rest.Count > 0)
            {
                notes[masks[heads[0]]] = words.HiddenDetail(rest.Count, department.AccessLevel);
            }
        }
        return new DepartmentPrivacy(hidden, notes, headcountOnly, masks);
    }
}
