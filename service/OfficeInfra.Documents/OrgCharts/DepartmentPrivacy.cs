using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// What the organisation-wide deck leaves out: the roles of Confidential and Restricted departments other than
/// their heads (<see cref="DepartmentHeads"/>), and
/// the line each first head shows instead ("+27 roles · Restricted: …").
/// </summary>
internal sealed class DepartmentPrivacy
{
    private readonly Dictionary<Role, string> _notes;

    private DepartmentPrivacy(HashSet<Role> hidden, Dictionary<Role, string> notes)
    {
        Hidden = hidden;
        _notes = notes;
    }

    public static DepartmentPrivacy None { get; } = new([], []);

    /// <summary>Roles the organisation deck does not show.</summary>
    public IReadOnlySet<Role> Hidden { get; }

    public string? HeadNote(Role role) => _notes.GetValueOrDefault(role);

    public static DepartmentPrivacy Of(RegisterSet registers)
    {
        var hidden = new HashSet<Role>(ReferenceEqualityComparer.Instance);
        var notes = new Dictionary<Role, string>(ReferenceEqualityComparer.Instance);
        var words = ChartWords.For(registers.Settings.DocumentLanguage);
        foreach (var department in registers.Departments.Where(d => d.AccessLevel is AccessLevel.Confidential or AccessLevel.Restricted))
        {
            var members = registers.Roles.Where(r => OrgChartDeck.Same(r.Department, department.Name)).ToList();
            var heads = DepartmentHeads.Of(registers, department.Name, members);
            var rest = members.Except(heads).ToList();
            hidden.UnionWith(rest);
            if (heads.Count > 0 && rest.Count > 0)
            {
                notes[heads[0]] = words.HiddenDetail(rest.Count, department.AccessLevel);
            }
        }
        return new DepartmentPrivacy(hidden, notes);
    }
}
