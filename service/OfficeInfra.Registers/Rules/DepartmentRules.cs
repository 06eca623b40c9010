using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the Departments register.</summary>
internal static class DepartmentRules
{
    public static void Check(RegisterSet registers, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Departments.Name;
        var count = 0;
        foreach (var d in registers.Departments)
        {
            var subject = words.About(Subject.Department, d.Name);
            if (!findings.RequireValue(words, d.Name, sheet, d.Row, C.Department, subject))
            {
                count++;
                if (count == RegisterRules.MaxDepartments + 1)
                {
                    findings.Warning(FindingCodes.TooManyDepartments, sheet, d.Row, C.Department,
                        words.TooManyDepartments(RegisterRules.MaxDepartments));
                }
                if (!names.DepartmentsWithTasks.Contains(d.Name))
                {
                    findings.Warning(FindingCodes.DepartmentWithoutTasks, sheet, d.Row, C.Department,
                        words.DepartmentWithoutTasks(subject));
                }
            }
            findings.RequireKnown(words, d.Head, names.Roles, FindingCodes.UnknownRole, sheet, d.Row, C.Head,
                subject, Relation.HeadedBy, RegisterSchema.Roles.Name);
            findings.RequireListed(words, d.Access, AccessLevels.List.Texts, FindingCodes.UnknownAccess, sheet, d.Row, C.Access, subject);
        }
        DuplicateNames.Check(registers.Departments, d => d.Name, d => d.Row, findings,
            FindingCodes.DuplicateDepartment, sheet, C.Department, name => words.About(Subject.Department, name), words);
    }
}
