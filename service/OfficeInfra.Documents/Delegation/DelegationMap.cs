using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Delegation;

/// <summary>
/// Who does today the work another role should do, from the Tasks register's Currently Done By: the gaps, by the
/// role that should do the work and by the role that does it today. One place, for the job descriptions, the SOPs
/// and the delegation report. Names match as the rules match them: trimmed, case-insensitive.
/// </summary>
public sealed class DelegationMap
{
    private readonly Dictionary<RegisterName, List<DelegationGap>> _byShouldDo = [];
    private readonly Dictionary<RegisterName, List<DelegationGap>> _byDoer = [];

    /// <summary>The gaps of <paramref name="registers"/>, in the Tasks register's order.</summary>
    public DelegationMap(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var roleOf = new Dictionary<RegisterName, string>();
        foreach (var role in registers.Roles)
        {
            roleOf.TryAdd(role.Title, role.Title.Trim());
        }
        // A person named in Currently Done By is matched to the role they hold, after every role title.
        foreach (var role in registers.Roles.Where(r => !r.IsVacant && !string.IsNullOrWhiteSpace(r.Holder)))
        {
            roleOf.TryAdd(role.Holder, role.Title.Trim());
        }
        var gaps = new List<DelegationGap>();
        foreach (var task in registers.Tasks)
        {
            var should = task.Role?.Trim() ?? string.Empty;
            var doneBy = task.CurrentlyDoneBy?.Trim() ?? string.Empty;
            var doer = roleOf.GetValueOrDefault(doneBy, string.Empty);
            if (doneBy.Length == 0 || new RegisterName(doneBy) == should || (should.Length > 0 && new RegisterName(doer) == should))
            {
                continue;
            }
            var gap = new DelegationGap(task, should, doneBy, doer);
            gaps.Add(gap);
            Add(_byShouldDo, should, gap);
            Add(_byDoer, doer.Length > 0 ? doer : doneBy, gap);
        }
        Gaps = gaps;
    }

    /// <summary>Every gap, in the Tasks register's order.</summary>
    public IReadOnlyList<DelegationGap> Gaps { get; }

    /// <summary>Tasks <paramref name="role"/> should do that someone else does today.</summary>
    public IReadOnlyList<DelegationGap> DoneByOthers(string role) => _byShouldDo.GetValueOrDefault(role) ?? [];

    /// <summary>Tasks that <paramref name="role"/> (or whoever holds it) does today and another role should do.</summary>
    public IReadOnlyList<DelegationGap> Covering(string role) => _byDoer.GetValueOrDefault(role) ?? [];

    /// <summary>Who does a task today when it is not the role that should: empty when it is that role, or nobody is named.</summary>
    public static string DoneByIfDifferent(TaskItem task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var doneBy = task.CurrentlyDoneBy?.Trim() ?? string.Empty;
        return new RegisterName(doneBy) == task.Role ? string.Empty : doneBy;
    }

    private static void Add(Dictionary<RegisterName, List<DelegationGap>> index, RegisterName key, DelegationGap gap)
    {
        if (key.IsBlank)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(gap);
    }
}
