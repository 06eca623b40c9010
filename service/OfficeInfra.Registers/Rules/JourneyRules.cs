using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Rules about the Journey register and what it asks of the others: names that resolve, stages with something behind
/// them, processes in a core system, the number of systems, and the silos. Registers without a journey get none of
/// these findings, so a workbook without a Journey sheet is judged exactly as before.
/// </summary>
internal static class JourneyRules
{
    public static void Check(RegisterSet registers, RegisterNames names, List<Finding> findings)
    {
        if (registers.Journey.Count == 0)
        {
            return;
        }
        var journey = CustomerJourney.Of(registers);
        CheckRows(registers, names, journey.Index, findings);
        CheckSystems(registers, journey, findings);
        CheckSilos(SiloReport.Of(registers, journey), findings);
    }

    private static void CheckRows(RegisterSet registers, RegisterNames names, ProcessIndex index, List<Finding> findings)
    {
        var sheet = RegisterSchema.Journey.Name;
        foreach (var j in registers.Journey)
        {
            var subject = RegisterNames.IsBlank(j.Stage) ? "This stage" : $"Stage '{RegisterNames.Shown(j.Stage)}'";
            findings.RequireValue(j.Stage, sheet, j.Row, C.Stage, "This stage");
            foreach (var actor in j.OnStageBy.Where(a => !RegisterNames.IsBlank(a) && !index.IsDepartmentOrRole(a)))
            {
                findings.Error(FindingCodes.UnknownDepartmentOrRole, sheet, j.Row, C.OnStageBy,
                    $"{subject} is served on stage by '{RegisterNames.Shown(actor)}', which is neither in the Departments nor in the Roles register.");
            }
            foreach (var process in j.BackStage)
            {
                findings.RequireKnown(process, names.Processes, FindingCodes.UnknownProcess, sheet, j.Row, C.BackStage,
                    subject, "is supported back stage by process", "Processes");
            }
            if (!RegisterNames.IsBlank(j.Stage) && j.BackStage.All(RegisterNames.IsBlank))
            {
                findings.Warning(FindingCodes.StageWithoutBackStage, sheet, j.Row, C.BackStage,
                    $"{subject} names no back-stage process, so nothing behind the scenes is seen to make it work.");
            }
        }
    }

    private static void CheckSystems(RegisterSet registers, CustomerJourney journey, List<Finding> findings)
    {
        var sheet = RegisterSchema.Processes.Name;
        foreach (var process in journey.Stages.SelectMany(s => s.Processes).Distinct().Where(p => RegisterNames.IsBlank(p.System)))
        {
            findings.Warning(FindingCodes.ProcessWithoutSystem, sheet, process.Row, C.System,
                $"Process '{RegisterNames.Shown(process.Name)}' supports the customer journey but belongs to no core business system.");
        }
        var systems = BusinessSystems.Of(registers, journey.Index).Systems;
        if (systems.Count > BusinessSystems.MaxSystems)
        {
            var first = systems[BusinessSystems.MaxSystems].Processes[0];
            findings.Warning(FindingCodes.TooManySystems, sheet, first.Row, C.System,
                $"The processes name {systems.Count} core business systems; the method advises nine or fewer, so consider merging some.");
        }
    }

    private static void CheckSilos(SiloReport silos, List<Finding> findings)
    {
        foreach (var stage in silos.SiloStages)
        {
            findings.Warning(FindingCodes.SiloStage, RegisterSchema.Journey.Name, stage.Source.Row, C.OnStageBy,
                $"Stage '{RegisterNames.Shown(stage.Name)}' is served by {List(stage.Departments)}, which share none of its back-stage processes.");
        }
        foreach (var department in silos.DepartmentsOffJourney)
        {
            findings.Warning(FindingCodes.DepartmentOffJourney, RegisterSchema.Departments.Name, department.Row, C.Department,
                $"Department '{RegisterNames.Shown(department.Name)}' appears nowhere in the customer journey, neither on stage nor back stage.");
        }
        foreach (var process in silos.ProcessesWithoutKpi)
        {
            // One warning a cell: the journey's says more than the general kpi-not-set (the process rules ran first).
            findings.RemoveAll(f => f.Code == FindingCodes.KpiNotSet && f.Sheet == RegisterSchema.Processes.Name && f.Row == process.Row);
            findings.Warning(FindingCodes.CustomerProcessWithoutKpi, RegisterSchema.Processes.Name, process.Row, C.Kpi,
                $"Process '{RegisterNames.Shown(process.Name)}' supports the customer journey but has no KPI to measure it.");
        }
    }

    private static string List(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(names.Count - 1).Select(RegisterNames.Shown)) + " and " + RegisterNames.Shown(names[^1]);
}
