using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Journey;

/// <summary>
/// Look-ups the journey needs over the registers, built once: departments, roles and processes by name, and the
/// departments that take part in each process (its own, its owner's, and those of its tasks and their roles).
/// </summary>
public sealed class ProcessIndex
{
    private readonly Dictionary<RegisterName, (string Name, int Order)> _departments = [];
    private readonly Dictionary<RegisterName, Role> _roles = [];
    private readonly Dictionary<RegisterName, Process> _processes = [];
    private readonly Dictionary<RegisterName, HashSet<string>> _participants = [];

    internal ProcessIndex(RegisterSet registers)
    {
        foreach (var d in registers.Departments.Where(d => !string.IsNullOrWhiteSpace(d.Name)))
        {
            _departments.TryAdd(d.Name, (d.Name.Trim(), _departments.Count));
        }
        foreach (var r in registers.Roles.Where(r => !string.IsNullOrWhiteSpace(r.Title)))
        {
            _roles.TryAdd(r.Title, r);
        }
        foreach (var p in registers.Processes.Where(p => !string.IsNullOrWhiteSpace(p.Name)))
        {
            if (_processes.TryAdd(p.Name, p))
            {
                Join(p.Name, p.Department);
                Join(p.Name, RoleDepartment(p.Owner));
            }
        }
        foreach (var t in registers.Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Process)))
        {
            Join(t.Process!, t.Department);
            Join(t.Process!, RoleDepartment(t.Role));
        }
    }

    /// <summary>The department of that name as the Departments register writes it, or null.</summary>
    public string? Department(string? name) =>
        _departments.TryGetValue(name, out var d) ? d.Name : null;

    /// <summary>The process of that name, or null.</summary>
    public Process? Process(string? name) => _processes.GetValueOrDefault(name);

    /// <summary>A name of On Stage By as a department (first) or a role with its department; null when it is neither.</summary>
    public StageActor? Actor(string? name)
    {
        if (Department(name) is { } department)
        {
            return new StageActor(department, department, IsRole: false);
        }
        return _roles.GetValueOrDefault(name) is { } role && Department(role.Department) is { } own
            ? new StageActor(role.Title.Trim(), own, IsRole: true)
            : null;
    }

    /// <summary>True when <paramref name="name"/> is a department or a role.</summary>
    public bool IsDepartmentOrRole(string? name) =>
        Department(name) is not null || _roles.ContainsKey(name);

    /// <summary>The departments taking part in a process: its own, its owner's, its tasks' and their roles'.</summary>
    public IReadOnlySet<string> Participants(string process) =>
        _participants.TryGetValue(process, out var set) ? set : new HashSet<string>();

    /// <summary>Department names, each once, in the order of the Departments register.</summary>
    public IReadOnlyList<string> InRegisterOrder(IEnumerable<string> departments) => departments
        .Select(Department).OfType<string>().Distinct()
        .OrderBy(d => _departments[d].Order).ToList();

    private string? RoleDepartment(string? role) =>
        _roles.GetValueOrDefault(role) is { } r ? Department(r.Department) : null;

    private void Join(string process, string? department)
    {
        if (Department(department) is not { } name)
        {
            return;
        }
        if (!_participants.TryGetValue(process, out var set))
        {
            // Holds departments as the Departments register writes them (Department resolves them), so ordinal suffices.
            _participants[process] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.Add(name);
    }
}
