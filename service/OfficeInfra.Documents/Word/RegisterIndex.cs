using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// Look-ups over one <see cref="RegisterSet"/>, built once per run so that each document's model costs only its own
/// rows. Names match as the rules match them: trimmed, case-insensitive.
/// </summary>
internal sealed class RegisterIndex
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public RegisterIndex(RegisterSet registers)
    {
        Registers = registers;
        Departments = registers.Departments.GroupBy(d => d.Name.Trim(), Names).ToDictionary(g => g.Key, g => g.First(), Names);
        TasksByRole = ByName(registers.Tasks, t => t.Role);
        TasksByProcess = ByName(registers.Tasks, t => t.Process);
        DirectReports = ByName(registers.Roles, r => r.ReportsTo);
        ProcessesByOwner = ByName(registers.Processes, p => p.Owner);
        ProcessOrder = registers.Processes.Select((p, i) => (p.Name.Trim(), i)).GroupBy(p => p.Item1, Names)
            .ToDictionary(g => g.Key, g => g.First().i, Names);
        Processes = registers.Processes.GroupBy(p => p.Name.Trim(), Names).ToDictionary(g => g.Key, g => g.First(), Names);
    }

    public RegisterSet Registers { get; }

    public IReadOnlyDictionary<string, Department> Departments { get; }

    public IReadOnlyDictionary<string, Process> Processes { get; }

    public IReadOnlyDictionary<string, List<TaskItem>> TasksByRole { get; }

    public IReadOnlyDictionary<string, List<TaskItem>> TasksByProcess { get; }

    public IReadOnlyDictionary<string, List<Role>> DirectReports { get; }

    public IReadOnlyDictionary<string, List<Process>> ProcessesByOwner { get; }

    /// <summary>The position of each process in its register, to list a role's processes in the workbook's order.</summary>
    public IReadOnlyDictionary<string, int> ProcessOrder { get; }

    public Department? DepartmentOf(string name) => Departments.GetValueOrDefault(name.Trim());

    public static IReadOnlyList<T> Find<T>(IReadOnlyDictionary<string, List<T>> index, string? name) =>
        string.IsNullOrWhiteSpace(name) ? [] : index.TryGetValue(name.Trim(), out var list) ? list : [];

    private static Dictionary<string, List<T>> ByName<T>(IEnumerable<T> items, Func<T, string?> key)
    {
        var index = new Dictionary<string, List<T>>(Names);
        foreach (var item in items)
        {
            var name = key(item)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }
            if (!index.TryGetValue(name, out var list))
            {
                index[name] = list = [];
            }
            list.Add(item);
        }
        return index;
    }
}
