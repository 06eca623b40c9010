using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about single rows of the Tasks register (duplicates and steps have their own rules).</summary>
internal static class TaskRules
{
    public static void Check(RegisterSet registers, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Tasks.Name;
        foreach (var t in registers.Tasks)
        {
            var subject = words.About(Subject.Task, t.Task);
            findings.RequireValue(words, t.Task, sheet, t.Row, C.Task, subject);
            if (!findings.RequireValue(words, t.Department, sheet, t.Row, C.Department, subject))
            {
                findings.RequireKnown(words, t.Department, names.Departments, FindingCodes.UnknownDepartment, sheet, t.Row,
                    C.Department, subject, Relation.BelongsToDepartment, RegisterSchema.Departments.Name);
            }
            if (RegisterNames.IsBlank(t.Role))
            {
                findings.Warning(FindingCodes.TaskWithoutRole, sheet, t.Row, C.Role,
                    words.TaskWithoutRole(subject));
            }
            else
            {
                findings.RequireKnown(words, t.Role, names.Roles, FindingCodes.UnknownRole, sheet, t.Row, C.Role,
                    subject, Relation.GivenToRole, RegisterSchema.Roles.Name);
            }
            findings.RequireKnown(words, t.Process, names.Processes, FindingCodes.UnknownProcess, sheet, t.Row, C.Process,
                subject, Relation.BelongsToProcess, RegisterSchema.Processes.Name);
            findings.RequireListed(words, t.Frequency, Frequencies.List.Texts, FindingCodes.UnknownFrequency, sheet, t.Row,
                C.Frequency, subject);
            if (!RegisterNames.IsBlank(t.Step) && t.StepNumber is null)
            {
                findings.Warning(FindingCodes.StepNotANumber, sheet, t.Row, C.Step,
                    words.StepNotANumber(subject, RegisterNames.Shown(t.Step)));
            }
        }
        DuplicateNames.Check(registers.Tasks, t => t.Id, t => t.Row, findings, FindingCodes.DuplicateTaskId, sheet, C.Id,
            id => words.About(Subject.TaskId, id), words);
    }
}
