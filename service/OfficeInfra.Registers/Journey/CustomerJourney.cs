using System.Runtime.CompilerServices;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Journey;

/// <summary>
/// The Journey register read against the other registers: stages in row order with their names resolved, grouped in
/// phases. The rules, the service blueprint, the systems map and the job descriptions and SOPs all read the journey
/// through this one view, so a name resolves the same way everywhere. Names compare trimmed and case-insensitively;
/// a name that resolves to nothing is left out here (the rules report it).
/// </summary>
public sealed class CustomerJourney
{
    private readonly Dictionary<RegisterName, List<JourneyStageView>> _byProcess = [];
    private readonly Dictionary<RegisterName, List<JourneyStageView>> _byRole = [];

    private CustomerJourney(RegisterSet registers)
    {
        var index = new ProcessIndex(registers);
        Index = index;
        var stages = new List<JourneyStageView>(registers.Journey.Count);
        var phase = string.Empty;
        foreach (var row in registers.Journey)
        {
            if (string.IsNullOrWhiteSpace(row.Stage))
            {
                continue;
            }
            phase = string.IsNullOrWhiteSpace(row.Phase) ? phase : row.Phase.Trim();
            var actors = row.OnStageBy.Select(index.Actor).OfType<StageActor>().ToList();
            var processes = row.BackStage.Select(index.Process).OfType<Process>().Distinct().ToList();
            var departments = index.InRegisterOrder(actors.Select(a => a.Department).Concat(processes.Select(p => p.Department)));
            var view = new JourneyStageView(row, phase, actors, processes, departments);
            stages.Add(view);
            foreach (var process in processes)
            {
                Add(_byProcess, process.Name, view);
            }
            foreach (var actor in actors.Where(a => a.IsRole))
            {
                Add(_byRole, actor.Name, view);
            }
        }
        Stages = stages;
        Phases = RunsOfPhases(stages);
    }

    // The rules, the documents' index, the blueprint and the systems map each ask for the journey of the same
    // registers, which never change once read; building it joins every task to its process (a third of a second
    // for 24,000 tasks), so it is built once per set of registers and shared.
    private static readonly ConditionalWeakTable<RegisterSet, CustomerJourney> Built = [];

    /// <summary>The journey of <paramref name="registers"/> (empty when they have no Journey rows).</summary>
    public static CustomerJourney Of(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return Built.GetValue(registers, r => new CustomerJourney(r));
    }

    /// <summary>Every stage in row order (rows without a stage name left out).</summary>
    public IReadOnlyList<JourneyStageView> Stages { get; }

    /// <summary>The phases as runs of neighbouring stages with one phase, in row order.</summary>
    public IReadOnlyList<JourneyPhase> Phases { get; }

    /// <summary>True when the registers have no journey: then nothing of the journey is generated or checked.</summary>
    public bool IsEmpty => Stages.Count == 0;

    /// <summary>How the registers' names resolve: departments, roles, processes and who takes part in each process.</summary>
    public ProcessIndex Index { get; }

    /// <summary>The stages a process supports back stage, in journey order (a stage named twice, once).</summary>
    public IReadOnlyList<JourneyStageView> StagesOfProcess(string? process) => Find(_byProcess, process);

    /// <summary>The stages a role is named on stage for, in journey order (a stage named twice, once).</summary>
    public IReadOnlyList<JourneyStageView> StagesOfRole(string? role) => Find(_byRole, role);

    // A phase is a run of neighbouring stages: a journey may come back to a phase it named before (a loyalty loop),
    // and the blueprint still reads left to right in row order.
    private static List<JourneyPhase> RunsOfPhases(List<JourneyStageView> stages)
    {
        var phases = new List<JourneyPhase>();
        var start = 0;
        for (var i = 1; i <= stages.Count; i++)
        {
            if (i == stages.Count || !string.Equals(stages[i].Phase, stages[start].Phase, StringComparison.OrdinalIgnoreCase))
            {
                phases.Add(new JourneyPhase(stages[start].Phase, stages.GetRange(start, i - start)));
                start = i;
            }
        }
        return phases;
    }

    // A journey that comes back to a stage it named before (a loyalty loop) names it once.
    private static List<JourneyStageView> Find(Dictionary<RegisterName, List<JourneyStageView>> map, string? name) =>
        map.TryGetValue(name, out var stages) ? stages.DistinctBy(s => s.Path).ToList() : [];

    private static void Add(Dictionary<RegisterName, List<JourneyStageView>> map, RegisterName key, JourneyStageView view)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (list.Count == 0 || !ReferenceEquals(list[^1], view))
        {
            list.Add(view);
        }
    }
}
