using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the Roles register (reporting cycles have their own rule).</summary>
internal static class RoleRules
{
    public static void Check(RegisterSet registers, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Roles.Name;
        // The person specification is optional: a role without one is worth a warning where the Roles sheet has its
        // columns (left empty), never in a workbook that never had them; registers built in code: once any role has one.
        var specificationInUse = registers.ColumnsRead?.GetValueOrDefault(sheet) is { } read
            ? PersonSpecificationColumns.Any(read.Contains)
            : registers.Roles.Any(HasPersonSpecification);
        foreach (var r in registers.Roles)
        {
            var subject = words.About(Subject.Role, r.Title);
            var hasTitle = !findings.RequireValue(words, r.Title, sheet, r.Row, C.Role, subject);
            if (!findings.RequireValue(words, r.Department, sheet, r.Row, C.Department, subject))
            {
                findings.RequireKnown(words, r.Department, names.Departments, FindingCodes.UnknownDepartment, sheet, r.Row,
                    C.Department, subject, Relation.BelongsToDepartment, RegisterSchema.Departments.Name);
            }
            findings.RequireKnown(words, r.ReportsTo, names.Roles, FindingCodes.UnknownRole, sheet, r.Row, C.ReportsTo,
                subject, Relation.ReportsTo, RegisterSchema.Roles.Name);
            findings.RequireListed(words, r.Type, RoleTypes.List.Texts, FindingCodes.UnknownType, sheet, r.Row, C.Type, subject);
            findings.RequireListed(words, r.Status, RoleStatuses.Texts, FindingCodes.UnknownStatus, sheet, r.Row, C.Status, subject);
            findings.RequireListed(words, r.Hours, HoursList.List.Texts, FindingCodes.UnknownHours, sheet, r.Row, C.Hours, subject);
            if (!hasTitle)
            {
                continue;
            }
            if (r.IsVacant)
            {
                findings.Warning(FindingCodes.VacantRole, sheet, r.Row, C.Status, words.VacantRole(subject));
            }
            if (specificationInUse && !HasPersonSpecification(r))
            {
                findings.Warning(FindingCodes.PersonSpecificationMissing, sheet, r.Row, C.Qualifications,
                    words.PersonSpecificationMissing(subject));
            }
            if (!names.RolesWithTasks.Contains(r.Title))
            {
                findings.Warning(FindingCodes.RoleWithoutTasks, sheet, r.Row, C.Role,
                    words.RoleWithoutTasks(subject));
            }
        }
        DuplicateNames.Check(registers.Roles, r => r.Title, r => r.Row, findings,
            FindingCodes.DuplicateRole, sheet, C.Role, name => words.About(Subject.Role, name), words);
    }

    private static readonly string[] PersonSpecificationColumns = [C.Qualifications, C.Skills, C.Experience, C.Location, C.Grade, C.Contract];

    /// <summary>True when any of the person specification cells holds a value.</summary>
    public static bool HasPersonSpecification(Role role) =>
        new[] { role.Qualifications, role.Skills, role.Experience, role.Location, role.Grade, role.Contract }
            .Any(v => !RegisterNames.IsBlank(v));
}
