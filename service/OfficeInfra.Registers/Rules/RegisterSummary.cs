using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// The method at a glance (SPEC §1), as the add-in's Check shows it beside the findings: counted by the service with
/// the model's own rules (whether a role is vacant, what type it is), so the pane keeps no copy of them that could
/// disagree with the documents.
/// </summary>
/// <param name="RoleTypes">Roles by type, as the documents read the type (a blank or unknown type is an Employee).</param>
/// <param name="TasksWithoutRole">Tasks no role is given (should-do) yet.</param>
public sealed record RegisterSummary(int Departments, bool TooManyDepartments, int RolesFilled, int RolesVacant,
    IReadOnlyDictionary<string, int> RoleTypes, int Tasks, int TasksWithoutRole, int Processes, int ProcessesWithoutKpi)
{
    /// <summary>The summary of <paramref name="registers"/>; never throws on bad data.</summary>
    public static RegisterSummary Of(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var vacant = registers.Roles.Count(r => r.IsVacant);
        var types = registers.Roles.GroupBy(r => r.RoleType).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key.ToString(), g => g.Count(), StringComparer.Ordinal);
        return new RegisterSummary(registers.Departments.Count, registers.Departments.Count > RegisterRules.MaxDepartments,
            registers.Roles.Count - vacant, vacant, types, registers.Tasks.Count, registers.Tasks.Count(t => string.IsNullOrWhiteSpace(t.Role)),
            registers.Processes.Count, registers.Processes.Count(p => string.IsNullOrWhiteSpace(p.Kpi)));
    }
}
