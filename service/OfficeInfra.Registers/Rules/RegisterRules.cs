using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Rules;

/// <summary>The one place where the registers are judged: returns every finding of SPEC §2.</summary>
public static class RegisterRules
{
    /// <summary>The method's advice: seven plus or minus two departments.</summary>
    public const int MaxDepartments = 9;

    /// <summary>
    /// Checks the registers; never throws on bad data. Findings come sorted by sheet (Departments, Roles, Tasks,
    /// Processes), then row; findings without a row come first in their sheet.
    /// </summary>
    public static IReadOnlyList<Finding> Check(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var names = new RegisterNames(registers);
        var findings = new List<Finding>();
        DepartmentRules.Check(registers, names, findings);
        RoleRules.Check(registers, names, findings);
        TaskRules.Check(registers, names, findings);
        ProcessRules.Check(registers, names, findings);
        ReportingCycleRule.Check(registers, findings);
        DuplicateTaskRule.Check(registers.Tasks, findings);
        StepRule.Check(registers.Tasks, findings);
        TextLengthRule.Check(registers, findings);
        return findings
            .Select((f, i) => (f, i))
            .OrderBy(x => SheetOrder(x.f.Sheet))
            .ThenBy(x => x.f.Row ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();
    }

    /// <summary>True when any finding is an error (errors block generation and publishing).</summary>
    public static bool HasErrors(IEnumerable<Finding> findings) =>
        findings?.Any(f => f.Severity == Severity.Error) ?? false;

    private static int SheetOrder(string sheet)
    {
        var register = RegisterSchema.Find(sheet);
        return register is null ? int.MaxValue : RegisterSchema.All.ToList().IndexOf(register);
    }
}
