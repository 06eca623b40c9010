using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the Processes register.</summary>
internal static class ProcessRules
{
    public static void Check(RegisterSet registers, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Processes.Name;
        foreach (var p in registers.Processes)
        {
            var subject = words.About(Subject.Process, p.Name);
            findings.RequireValue(words, p.Name, sheet, p.Row, C.Process, subject);
            if (!findings.RequireValue(words, p.Department, sheet, p.Row, C.Department, subject))
            {
                findings.RequireKnown(words, p.Department, names.Departments, FindingCodes.UnknownDepartment, sheet, p.Row,
                    C.Department, subject, Relation.BelongsToDepartment, RegisterSchema.Departments.Name);
            }
            findings.RequireKnown(words, p.Owner, names.Roles, FindingCodes.UnknownRole, sheet, p.Row, C.Owner,
                subject, Relation.OwnedBy, RegisterSchema.Roles.Name);
            if (!RegisterNames.IsBlank(p.Name) && RegisterNames.IsBlank(p.Kpi))
            {
                findings.Warning(FindingCodes.KpiNotSet, sheet, p.Row, C.Kpi,
                    words.KpiNotSet(subject));
            }
        }
        DuplicateNames.Check(registers.Processes, p => p.Name, p => p.Row, findings,
            FindingCodes.DuplicateProcess, sheet, C.Process, name => words.About(Subject.Process, name), words);
    }
}
