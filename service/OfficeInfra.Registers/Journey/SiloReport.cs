using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Journey;

/// <summary>
/// Where departments work in silos against the customer: stages served by several departments that share no
/// back-stage process, departments that never appear on stage or back stage, and processes that support the
/// journey without a KPI. The rules turn it into warnings; the systems workbook lists it as a table.
/// </summary>
/// <param name="SiloStages">Stages whose departments (two or more) meet in none of the stage's back-stage processes.</param>
/// <param name="DepartmentsOffJourney">Departments (as registered) that no stage names on stage or back stage.</param>
/// <param name="ProcessesWithoutKpi">Processes named back stage that have no KPI, in journey order.</param>
public sealed record SiloReport(
    IReadOnlyList<JourneyStageView> SiloStages,
    IReadOnlyList<Department> DepartmentsOffJourney,
    IReadOnlyList<Process> ProcessesWithoutKpi)
{
    /// <summary>The silos of <paramref name="journey"/>; all empty when the registers have no journey.</summary>
    public static SiloReport Of(RegisterSet registers, CustomerJourney journey)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(journey);
        if (journey.IsEmpty)
        {
            return new SiloReport([], [], []);
        }
        var silos = journey.Stages.Where(s => s.Departments.Count >= 2 && !s.Processes.Any(p => SharedBy(journey.Index, p, s.Departments))).ToList();
        var present = journey.Stages.SelectMany(s => s.Departments).Select(d => new RegisterName(d)).ToHashSet();
        var absent = registers.Departments.Where(d => !string.IsNullOrWhiteSpace(d.Name) && !present.Contains(d.Name))
            .DistinctBy(d => new RegisterName(d.Name)).ToList();
        var withoutKpi = journey.Stages.SelectMany(s => s.Processes).Distinct().Where(p => string.IsNullOrWhiteSpace(p.Kpi)).ToList();
        return new SiloReport(silos, absent, withoutKpi);
    }

    /// <summary>How many silo findings there are in all.</summary>
    public int Count => SiloStages.Count + DepartmentsOffJourney.Count + ProcessesWithoutKpi.Count;

    // A process joins a stage's departments when two or more of them take part in it.
    private static bool SharedBy(ProcessIndex index, Process process, IReadOnlyList<string> departments) =>
        departments.Count(index.Participants(process.Name).Contains) >= 2;
}
