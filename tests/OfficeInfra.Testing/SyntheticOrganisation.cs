using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Testing;

/// <summary>
/// A large, deterministic organisation for tests and benchmarks: the same arguments always give the same registers.
/// Names are hostile on purpose (<c>&amp;</c>, <c>&lt;</c>, quotes, Turkish İıŞ, Chinese, emoji, text starting
/// with <c>=</c>) and the registers hold no errors: every reference resolves, roles form a tree, steps run 1, 2, 3
/// in each process. Task texts are distinct, so the duplicate-task rule stays quiet.
/// </summary>
public static class SyntheticOrganisation
{
    private static readonly string[] Flavours =
        ["R&D", "<Sales>", "\"Quoted\"", "İstanbul Şube ıi", "财务部", "Ops 🚀", "O'Brien's", "=Formula-like", "Çağrı Merkezi"];

    private static readonly string[] Verbs =
        ["Review", "Prepare", "Approve", "Check", "Update", "Send", "Archive", "Plan", "Audit", "Order", "Schedule", "Test"];

    private static readonly string[] Objects =
        ["invoices", "the <stock> list", "\"customer\" files", "contracts & NDAs", "raporları (İş)", "采购订单", "backups 💾",
         "safety checks", "timesheets", "the website", "supplier quotes", "payroll data"];

    /// <summary>Builds an organisation of the given size (departments at most 9, at least 1; every count at least 1).</summary>
    public static RegisterSet Create(int roles, int tasks, int processes, int departments = 9, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(departments, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(departments, 9);
        ArgumentOutOfRangeException.ThrowIfLessThan(roles, departments);
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(processes, 1);
        var random = new Random(seed);
        var depts = Enumerable.Range(0, departments).Select(i => new Department(
            $"{Flavours[i]} Department {i + 1}", RoleName(i), AccessLevels.List.Texts[i % 4],
            [$"owners{i}@example.com"], [$"members{i}@example.com"], [$"visitors{i}@example.com"],
            $"Handles {Flavours[i]} & everything <else>.", i + 2)).ToList();
        var roleList = Enumerable.Range(0, roles).Select(i => new Role(
            RoleName(i), depts[i % departments].Name,
            i == 0 ? null : i < departments ? RoleName(0) : RoleName(i % departments),
            RoleTypes.List.Texts[i % 5], i % 7 == 3 ? "Vacant" : "Filled", i % 7 == 3 ? null : $"Person {i} Öztürk",
            HoursList.List.Texts[i % 2], $"Does the {Flavours[i % Flavours.Length]} work.", i + 2)).ToList();
        var processList = Enumerable.Range(0, processes).Select(i => new Process(
            $"Process {i + 1} · {Flavours[i % Flavours.Length]}", depts[i % departments].Name, "Operations Management",
            RoleName(i % departments), "When needed", "Done well", "Cycle time", "2 days", ["Checklist", "Spreadsheet"], i + 2))
            .ToList();
        var steps = new int[processes];
        var taskList = new List<TaskItem>(tasks);
        for (var i = 0; i < tasks; i++)
        {
            var process = i % processes;
            var department = processList[process].Department;
            var departmentIndex = depts.FindIndex(d => d.Name == department);
            // A role of the task's own department: department d owns roles d, d+D, d+2D, ….
            var rolesInDepartment = (roles - departmentIndex + departments - 1) / departments;
            var role = RoleName(departmentIndex + (departments * random.Next(rolesInDepartment)));
            var text = $"{Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]} batch {i + 1} lot {i + 1}x {Flavours[i % Flavours.Length]}";
            taskList.Add(new TaskItem("T" + (i + 1).ToString("D5", CultureInfo.InvariantCulture), text, department, role,
                processList[process].Name, (++steps[process]).ToString(CultureInfo.InvariantCulture),
                Frequencies.List.Texts[i % 6], ["Tool A", "Werkzeug Ü"], null, i + 2));
        }
        return new RegisterSet("Synthetic & Co <İş> 🏢", depts, roleList, taskList, processList);
    }

    private static string RoleName(int i) => $"Role {i + 1} {Flavours[i % Flavours.Length]}";
}
