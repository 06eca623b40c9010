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
    public static void Check(IReadOnlyList<TaskItem> tasks, FindingWords words, List<Finding> findings)
    {
        var byProcess = new Dictionary<RegisterName, List<TaskItem>>();
        foreach (var task in tasks)
        {
            if (RegisterNames.IsBlank(task.Process) || task.StepNumber is null)
            {
                continue;
            }
            RegisterName key = task.Process;
            if (!byProcess.TryGetValue(key, out var list))
            {
                byProcess[key] = list = [];
            }
            list.Add(task);
        }
        foreach (var (process, steps) in byProcess)
        {
            CheckProcess(process.Display, steps, words, findings);
        }
    }

    private static void CheckProcess(string process, List<TaskItem> steps, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Tasks.Name;
        var column = RegisterSchema.Columns.Step;
        var first = new Dictionary<decimal, TaskItem>();
        foreach (var task in steps)
        {
            var n = task.StepNumber!.Value;
            if (first.TryGetValue(n, out var earlier))
            {
                findings.Warning(FindingCodes.StepRepeated, sheet, task.Row, column, words.StepRepeated(RegisterNames.Shown(process), n,
                    RegisterNames.Shown(task.Task), RegisterNames.Shown(earlier.Task), words.Where(earlier.Row, earlier.Id)));
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
                    ? words.StepStart(RegisterNames.Shown(process), n)
                    : words.StepGap(RegisterNames.Shown(process), previous, n);
                findings.Warning(FindingCodes.StepGap, sheet, first[n].Row, column, message);
            }
            previous = n;
        }
    }
}
