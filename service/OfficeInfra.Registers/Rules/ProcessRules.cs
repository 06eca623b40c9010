using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the Processes register.</summary>
internal static class ProcessRules
{
    public static void Check(RegisterSet registers, RegisterNames names, List<Finding> findings)
    {
        var sheet = RegisterSchema.Processes.Name;
        foreach (var p in registers.Processes)
        {
            var subject = RegisterNames.IsBlank(p.Name) ? "This process" : $"Process '{RegisterNames.Shown(p.Name)}'";
            findings.RequireValue(p.Name, sheet, p.Row, C.Process, "This process");
            if (!findings.RequireValue(p.Department, sheet, p.Row, C.Department, subject))
            {
                findings.RequireKnown(p.Department, names.Departments, FindingCodes.UnknownDepartment, sheet, p.Row,
                    C.Department, subject, "belongs to department", "Departments");
            }
            findings.RequireKnown(p.Owner, names.Roles, FindingCodes.UnknownRole, sheet, p.Row, C.Owner,
                subject, "is owned by", "Roles");
            if (!RegisterNames.IsBlank(p.Name) && RegisterNames.IsBlank(p.Kpi))
            {
                findings.Warning(FindingCodes.KpiNotSet, sheet, p.Row, C.Kpi,
                    $"{subject} has no KPI, so its SOP and job descriptions cannot say how it is measured.");
            }
        }
        DuplicateNames.Check(registers.Processes, p => p.Name, p => p.Row, findings,
            FindingCodes.DuplicateProcess, sheet, C.Process, "Process");
    }
}
