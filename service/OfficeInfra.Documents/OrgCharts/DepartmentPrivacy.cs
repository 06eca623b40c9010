using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// What the organisation-wide deck, which whoever reads the library's root reads, may show of a Confidential or
/// Restricted department (SPEC §3 access levels): its heads (<see cref="DepartmentHeads"/>) and its headcount, with
/// the line each first head shows instead of the rest ("+27 roles (Restricted)"). Its other roles, their vacancies,
/// types and reporting lines, and any figure made of them, stay in the department's own deck.
/// </summary>
internal sealed class DepartmentPrivacy
{
    private readonly Dictionary<Role, string> _notes;
    private readonly Dictionary<RegisterName, AccessLevel> _headcountOnly;

    private DepartmentPrivacy(HashSet<Role> hidden, Dictionary<Role, string> notes, Dictionary<RegisterName, AccessLevel> headcountOnly)
    {
        Hidden = hidden;
        _notes = notes;
        _headcountOnly = headcountOnly;
    }

    public static DepartmentPrivacy None { get; } = new([], [], []);

    /// <summary>Roles the organisation deck does not show.</summary>
    public IReadOnlySet<Role> Hidden { get; }

    /// <summary>True when some department shows its headcount only.</summary>
    public bool Any => _headcountOnly.Count > 0;

    public string? HeadNote(Role role) => _notes.GetValueOrDefault(role);

    /// <summary>The access level of a department the organisation deck counts but does not detail; null for one it shows in full.</summary>
    public AccessLevel? HeadcountOnly(string department) =>
        _headcountOnly.TryGetValue(department, out var access) ? access : null;

    public static DepartmentPrivacy Of(RegisterSet registers)
    {
        var hidden = new HashSet<Role>(ReferenceEqualityComparer.Instance);
        var notes = new Dictionary<Role, string>(ReferenceEqualityComparer.Instance);
        var headcountOnly = new Dictionary<RegisterName, AccessLevel>();
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        foreach (var department in registers.Departments.Where(d => d.AccessLevel is AccessLevel.Confidential or AccessLevel.Restricted))
        {
            headcountOnly.TryAdd(department.Name, department.AccessLevel);
            var members = registers.Roles.Where(r => OrgChartDeck.Same(r.Department, department.Name)).ToList();
            var heads = DepartmentHeads.Of(registers, department.Name, members);
            var rest = members.Except(heads).ToList();
            hidden.UnionWith(rest);
            if (heads.Count > 0 && rest.Count > 0)
            {
                notes[heads[0]] = words.HiddenDetail(rest.Count, department.AccessLevel);
            }
        }
        return new DepartmentPrivacy(hidden, notes, headcountOnly);
    }
}
