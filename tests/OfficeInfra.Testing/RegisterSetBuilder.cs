using OfficeInfra.Registers.Model;

namespace OfficeInfra.Testing;

/// <summary>
/// Builds small registers for tests. Rows are numbered as the workbook writer would lay them out (2, 3, …) and task
/// ids T0001, … are given, unless the item already has them.
/// </summary>
public sealed class RegisterSetBuilder
{
    private readonly List<Department> _departments = [];
    private readonly List<Role> _roles = [];
    private readonly List<TaskItem> _tasks = [];
    private readonly List<Process> _processes = [];
    private string _organisation = "Test Org";

    /// <summary>Sets the organisation name.</summary>
    public RegisterSetBuilder Organisation(string name) { _organisation = name; return this; }

    /// <summary>Adds a department.</summary>
    public RegisterSetBuilder Department(string name, string? head = null, string? access = null, string? description = null) =>
        Add(new Department(name, head, access, Description: description));

    /// <summary>Adds a role.</summary>
    public RegisterSetBuilder Role(string title, string department, string? reportsTo = null, string? type = null,
        string? status = null, string? holder = "Someone", string? hours = null) =>
        Add(new Role(title, department, reportsTo, type, status, holder, hours));

    /// <summary>Adds a task.</summary>
    public RegisterSetBuilder Task(string task, string department, string? role = null, string? process = null,
        string? step = null, string? frequency = null, string? currentlyDoneBy = null, params string[] tools) =>
        Add(new TaskItem(string.Empty, task, department, role, process, step, frequency, tools, currentlyDoneBy));

    /// <summary>Adds a process.</summary>
    public RegisterSetBuilder Process(string name, string department, string? owner = null, string? system = null) =>
        Add(new Process(name, department, system, owner));

    /// <summary>Adds a department as given.</summary>
    public RegisterSetBuilder Add(Department item) { _departments.Add(item); return this; }

    /// <summary>Adds a role as given.</summary>
    public RegisterSetBuilder Add(Role item) { _roles.Add(item); return this; }

    /// <summary>Adds a task as given.</summary>
    public RegisterSetBuilder Add(TaskItem item) { _tasks.Add(item); return this; }

    /// <summary>Adds a process as given.</summary>
    public RegisterSetBuilder Add(Process item) { _processes.Add(item); return this; }

    /// <summary>
    /// A minimal valid organisation to start from: department "Ops" headed by "Boss", who does task "Run the shop"
    /// in process "Selling" step 1 (measured by a KPI).
    /// </summary>
    public static RegisterSetBuilder Valid() => new RegisterSetBuilder()
        .Department("Ops", head: "Boss", access: "Internal")
        .Role("Boss", "Ops", holder: "Ann")
        .Add(new Process("Selling", "Ops", Owner: "Boss", Kpi: "Sales per day"))
        .Task("Run the shop", "Ops", role: "Boss", process: "Selling", step: "1", frequency: "Daily");

    /// <summary>The registers.</summary>
    public RegisterSet Build()
    {
        var registers = new RegisterSet(_organisation,
            _departments.Select((d, i) => d with { Row = d.Row ?? i + 2 }).ToList(),
            _roles.Select((r, i) => r with { Row = r.Row ?? i + 2 }).ToList(),
            _tasks.Select((t, i) => t with
            {
                Row = t.Row ?? i + 2,
                Id = string.IsNullOrEmpty(t.Id) ? "T" + (i + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : t.Id,
            }).ToList(),
            _processes.Select((p, i) => p with { Row = p.Row ?? i + 2 }).ToList());
        // A named organisation sits on the Organisation sheet's first data row, as the writer lays it out.
        return registers.Settings.IsEmpty ? registers : registers with { Settings = registers.Settings with { Row = 2 } };
    }
}
