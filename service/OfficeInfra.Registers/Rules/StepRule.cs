using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Checks that the numbered steps of each process run 1, 2, 3, … without gaps or repeats. Fractional steps (2.5,
/// inserted between two others) are allowed and never count as a gap; steps that are not numbers are reported by
/// the task rules.
/// </summary>
internal static class StepRule
{
    public static void Check(IReadOnlyList<TaskItem> tasks, List<Finding> findings)
    {
        var byProcess = new Dictionary<string, List<TaskItem>>(StringComparer.OrdinalIgnoreCase);
        foreach (var task in tasks)
        {
            if (RegisterNames.IsBlank(task.Process) || task.StepNumber is null)
            {
                continue;
            }
            var key = RegisterNames.Key(task.Process);
            if (!byProcess.TryGetValue(key, out var list))
            {
                byProcess[key] = list = [];
            }
            list.Add(task);
        }
        foreach (var (process, steps) in byProcess)
        {
            CheckProcess(process, steps, findings);
        }
    }

    private static void CheckProcess(string process, List<TaskItem> steps, List<Finding> findings)
    {
        var sheet = RegisterSchema.Tasks.Name;
        var column = RegisterSchema.Columns.Step;
        var first = new Dictionary<decimal, TaskItem>();
        foreach (var task in steps)
        {
            var n = task.StepNumber!.Value;
            if (first.TryGetValue(n, out var earlier))
            {
                var where = earlier.Row is null ? $"task {earlier.Id}" : $"row {earlier.Row}";
                findings.Warning(FindingCodes.StepRepeated, sheet, task.Row, column,
                    $"Process '{RegisterNames.Shown(process)}' has step {n} twice: task '{RegisterNames.Shown(task.Task)}' and '{RegisterNames.Shown(earlier.Task)}' ({where}).");
            }
            else
            {
                first[n] = task;
            }
        }
        decimal previous = 0;
        foreach (var n in first.Keys.Where(k => k == decimal.Truncate(k)).Order())
        {
            if (n > previous + 1)
            {
                var message = previous == 0
                    ? $"Process '{RegisterNames.Shown(process)}' starts at step {n}; steps should start at 1."
                    : $"Process '{RegisterNames.Shown(process)}' jumps from step {previous} to step {n}; the steps in between are missing.";
                findings.Warning(FindingCodes.StepGap, sheet, first[n].Row, column, message);
            }
            previous = n;
        }
    }
}
