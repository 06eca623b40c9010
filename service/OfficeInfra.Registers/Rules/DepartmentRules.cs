using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the Departments register.</summary>
internal static class DepartmentRules
{
    public static void Check(RegisterSet registers, RegisterNames names, List<Finding> findings)
    {
        var sheet = RegisterSchema.Departments.Name;
        var count = 0;
        foreach (var d in registers.Departments)
        {
            var subject = RegisterNames.IsBlank(d.Name) ? "This department" : $"Department '{RegisterNames.Shown(d.Name)}'";
            if (!findings.RequireValue(d.Name, sheet, d.Row, C.Department, "This department"))
            {
                count++;
                if (count == RegisterRules.MaxDepartments + 1)
                {
                    findings.Warning(FindingCodes.TooManyDepartments, sheet, d.Row, C.Department,
                        $"There are more than {RegisterRules.MaxDepartments} departments; the method advises nine or fewer, so consider merging some.");
                }
                if (!names.DepartmentsWithTasks.Contains(RegisterNames.Key(d.Name)))
                {
                    findings.Warning(FindingCodes.DepartmentWithoutTasks, sheet, d.Row, C.Department,
                        $"{subject} has no tasks in the Tasks register.");
                }
            }
            findings.RequireKnown(d.Head, names.Roles, FindingCodes.UnknownRole, sheet, d.Row, C.Head,
                subject, "is headed by", "Roles");
            findings.RequireListed(d.Access, AccessLevels.List.Texts, FindingCodes.UnknownAccess, sheet, d.Row, C.Access, subject);
        }
        DuplicateNames.Check(registers.Departments, d => d.Name, d => d.Row, findings,
            FindingCodes.DuplicateDepartment, sheet, C.Department, "Department");
    }
}
