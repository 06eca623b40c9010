using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Finds roles that report to each other in a circle. Each circle gives one finding, on the row of its first role in
/// the register, naming every role on it in reporting order. Roles that merely lead into a circle are not on it.
/// </summary>
internal static class ReportingCycleRule
{
    public static void Check(RegisterSet registers, FindingWords words, List<Finding> findings)
    {
        // First role of each title wins; duplicates are reported elsewhere.
        var byTitle = new Dictionary<RegisterName, int>();
        for (var i = 0; i < registers.Roles.Count; i++)
        {
            // A blank title is a missing value (reported elsewhere), never a role others can report to.
            RegisterName key = registers.Roles[i].Title;
            if (!key.IsBlank)
            {
                byTitle.TryAdd(key, i);
            }
        }
        var state = new byte[registers.Roles.Count]; // 0 unseen, 1 on the current walk, 2 done
        var path = new List<int>();
        for (var start = 0; start < registers.Roles.Count; start++)
        {
            path.Clear();
            var current = start;
            while (current >= 0 && state[current] == 0)
            {
                state[current] = 1;
                path.Add(current);
                current = byTitle.TryGetValue(registers.Roles[current].ReportsTo, out var next) ? next : -1;
            }
            if (current >= 0 && state[current] == 1)
            {
                Report(registers.Roles, path.Skip(path.IndexOf(current)).ToList(), words, findings);
            }
            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }
    }

    private static void Report(IReadOnlyList<Role> roles, List<int> cycle, FindingWords words, List<Finding> findings)
    {
        // Start the sentence at the role that comes first in the register, so the message is stable.
        var first = cycle.Min();
        var offset = cycle.IndexOf(first);
        var ordered = cycle.Skip(offset).Concat(cycle.Take(offset)).Select(i => RegisterNames.Shown(roles[i].Title)).ToList();
        var role = roles[first];
        var message = ordered.Count == 1
            ? words.ReportsToItself(ordered[0])
            : words.ReportingCycle(words.And([.. ordered.Select(words.Quote)]), string.Join(" → ", ordered.Append(ordered[0])));
        findings.Error(FindingCodes.ReportingCycle, RegisterSchema.Roles.Name, role.Row,
            RegisterSchema.Columns.ReportsTo, message);
    }
}
