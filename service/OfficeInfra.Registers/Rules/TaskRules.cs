using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about single rows of the Tasks register (duplicates and steps have their own rules).</summary>
internal static class TaskRules
{
    public static void Check(RegisterSet registers, RegisterNames names, List<Finding> findings)
    {
        var sheet = RegisterSchema.Tasks.Name;
        foreach (var t in registers.Tasks)
        {
            var subject = RegisterNames.IsBlank(t.Task) ? "The task on this row" : $"Task '{RegisterNames.Shown(t.Task)}'";
            findings.RequireValue(t.Task, sheet, t.Row, C.Task, "This task");
            if (!findings.RequireValue(t.Department, sheet, t.Row, C.Department, subject))
            {
                findings.RequireKnown(t.Department, names.Departments, FindingCodes.UnknownDepartment, sheet, t.Row,
                    C.Department, subject, "belongs to department", "Departments");
            }
            if (RegisterNames.IsBlank(t.Role))
            {
                findings.Warning(FindingCodes.TaskWithoutRole, sheet, t.Row, C.Role,
                    $"{subject} has no Role, so it appears in no job description.");
            }
            else
            {
                findings.RequireKnown(t.Role, names.Roles, FindingCodes.UnknownRole, sheet, t.Row, C.Role,
                    subject, "is given to role", "Roles");
            }
            findings.RequireKnown(t.Process, names.Processes, FindingCodes.UnknownProcess, sheet, t.Row, C.Process,
                subject, "belongs to process", "Processes");
            findings.RequireListed(t.Frequency, Frequencies.List.Texts, FindingCodes.UnknownFrequency, sheet, t.Row,
                C.Frequency, subject);
            if (!RegisterNames.IsBlank(t.Step) && t.StepNumber is null)
            {
                findings.Warning(FindingCodes.StepNotANumber, sheet, t.Row, C.Step,
                    $"{subject} has Step '{RegisterNames.Shown(t.Step)}', which is not a number, so its place in the process is unknown.");
            }
        }
        DuplicateNames.Check(registers.Tasks, t => t.Id, t => t.Row, findings, FindingCodes.DuplicateTaskId, sheet, C.Id, "Task ID");
    }
}
