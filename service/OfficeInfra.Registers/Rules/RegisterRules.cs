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
        return Run(registers, warningOnlyRules: true)
            .Select((f, i) => (f, i))
            .OrderBy(x => SheetOrder(x.f.Sheet))
            .ThenBy(x => x.f.Row ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();
    }

    /// <summary>
    /// Checks the registers as <see cref="Check"/> does and, when no finding is an error, hands back the registers
    /// generation accepts: the hosts run the rules once, here, and generation never again.
    /// </summary>
    public static RegisterCheck Judge(RegisterSet registers)
    {
        var findings = Check(registers);
        return new RegisterCheck(findings, HasErrors(findings) ? null : new CheckedRegisters(registers));
    }

    /// <summary>
    /// The registers generation accepts, for a caller that shows no findings (a job rebuilt from the request another
    /// instance checked): only the rules that can find errors run. Throws <see cref="OfficeInfraException"/> with
    /// <see cref="ErrorKind.RegistersHaveErrors"/> when the registers have errors.
    /// </summary>
    public static CheckedRegisters Checked(RegisterSet registers)
    {
        var errors = CountErrors(registers);
        return errors == 0 ? new CheckedRegisters(registers) : throw new OfficeInfraException(ErrorKind.RegistersHaveErrors, errors == 1
            ? "The registers have 1 error; fix it before generating (validate shows where it is)."
            : $"The registers have {errors} errors; fix them before generating (validate shows where they are).");
    }

    /// <summary>True when any finding is an error (errors block generation and publishing).</summary>
    public static bool HasErrors(IEnumerable<Finding> findings) =>
        findings?.Any(f => f.Severity == Severity.Error) ?? false;

    /// <summary>
    /// How many errors the registers have, for a guard that needs no warnings: the rules that can only warn (near-
    /// duplicate tasks, step numbering: most of the time of a check on a large register) are skipped.
    /// </summary>
    public static int CountErrors(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return Run(registers, warningOnlyRules: false).Count(f => f.Severity == Severity.Error);
    }

    private static List<Finding> Run(RegisterSet registers, bool warningOnlyRules)
    {
        var names = new RegisterNames(registers);
        // Findings speak the organisation's language, as its documents do.
        var words = FindingWords.Of(registers);
        // The warning-only rules compare every task with its neighbours: about half the check of a large register,
        // so they run on another core beside the others; their findings still come after the others'.
        var warningOnly = warningOnlyRules ? Task.Run(() => WarningOnly(registers, words)) : null;
        var findings = new List<Finding>();
        DepartmentRules.Check(registers, names, words, findings);
        RoleRules.Check(registers, names, words, findings);
        TaskRules.Check(registers, names, words, findings);
        ProcessRules.Check(registers, names, words, findings);
        ReportingCycleRule.Check(registers, words, findings);
        OrganisationRules.Check(registers, words, findings);
        JourneyRules.Check(registers, names, words, findings);
        RecordsRules.Check(registers, names, words, findings);
        TextLengthRule.Check(registers, words, findings);
        if (warningOnly is not null)
        {
            findings.AddRange(warningOnly.GetAwaiter().GetResult());
        }
        return findings;
    }

    private static List<Finding> WarningOnly(RegisterSet registers, FindingWords words)
    {
        var findings = new List<Finding>();
        DuplicateTaskRule.Check(registers.Tasks, words, findings);
        StepRule.Check(registers.Tasks, words, findings);
        return findings;
    }

    private static int SheetOrder(string sheet)
    {
        var register = RegisterSchema.Find(sheet);
        return register is null ? int.MaxValue : RegisterSchema.All.ToList().IndexOf(register);
    }
}
