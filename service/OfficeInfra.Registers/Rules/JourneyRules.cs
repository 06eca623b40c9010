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
    public static void Check(RegisterSet registers, RegisterNames names, FindingWords words, List<Finding> findings)
    {
        if (registers.Journey.Count == 0)
        {
            return;
        }
        var journey = CustomerJourney.Of(registers);
        CheckRows(registers, names, journey.Index, words, findings);
        CheckSystems(registers, journey, words, findings);
        CheckSilos(SiloReport.Of(registers, journey), words, findings);
    }

    private static void CheckRows(RegisterSet registers, RegisterNames names, ProcessIndex index, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Journey.Name;
        foreach (var j in registers.Journey)
        {
            var subject = words.About(Subject.Stage, j.Stage);
            findings.RequireValue(words, j.Stage, sheet, j.Row, C.Stage, subject);
            foreach (var actor in j.OnStageBy.Where(a => !RegisterNames.IsBlank(a) && !index.IsDepartmentOrRole(a)))
            {
                findings.Error(FindingCodes.UnknownDepartmentOrRole, sheet, j.Row, C.OnStageBy,
                    words.UnknownDepartmentOrRole(subject, RegisterNames.Shown(actor)));
            }
            foreach (var process in j.BackStage)
            {
                findings.RequireKnown(words, process, names.Processes, FindingCodes.UnknownProcess, sheet, j.Row, C.BackStage,
                    subject, Relation.SupportedByProcess, RegisterSchema.Processes.Name);
            }
            if (!RegisterNames.IsBlank(j.Stage) && j.BackStage.All(RegisterNames.IsBlank))
            {
                findings.Warning(FindingCodes.StageWithoutBackStage, sheet, j.Row, C.BackStage,
                    words.StageWithoutBackStage(subject));
            }
        }
    }

    private static void CheckSystems(RegisterSet registers, CustomerJourney journey, FindingWords words, List<Finding> findings)
    {
        var sheet = RegisterSchema.Processes.Name;
        foreach (var process in journey.Stages.SelectMany(s => s.Processes).Distinct().Where(p => RegisterNames.IsBlank(p.System)))
        {
            findings.Warning(FindingCodes.ProcessWithoutSystem, sheet, process.Row, C.System,
                words.ProcessWithoutSystem(RegisterNames.Shown(process.Name)));
        }
        var systems = BusinessSystems.Of(registers, journey.Index).Systems;
        if (systems.Count > BusinessSystems.MaxSystems)
        {
            var first = systems[BusinessSystems.MaxSystems].Processes[0];
            findings.Warning(FindingCodes.TooManySystems, sheet, first.Row, C.System,
                words.TooManySystems(systems.Count));
        }
    }

    private static void CheckSilos(SiloReport silos, FindingWords words, List<Finding> findings)
    {
        foreach (var stage in silos.SiloStages)
        {
            findings.Warning(FindingCodes.SiloStage, RegisterSchema.Journey.Name, stage.Source.Row, C.OnStageBy,
                words.SiloStage(RegisterNames.Shown(stage.Name), words.And([.. stage.Departments.Select(RegisterNames.Shown)])));
        }
        foreach (var department in silos.DepartmentsOffJourney)
        {
            findings.Warning(FindingCodes.DepartmentOffJourney, RegisterSchema.Departments.Name, department.Row, C.Department,
                words.DepartmentOffJourney(RegisterNames.Shown(department.Name)));
        }
        foreach (var process in silos.ProcessesWithoutKpi)
        {
            // One warning a cell: the journey's says more than the general kpi-not-set (the process rules ran first).
            findings.RemoveAll(f => f.Code == FindingCodes.KpiNotSet && f.Sheet == RegisterSchema.Processes.Name && f.Row == process.Row);
            findings.Warning(FindingCodes.CustomerProcessWithoutKpi, RegisterSchema.Processes.Name, process.Row, C.Kpi,
                words.CustomerProcessWithoutKpi(RegisterNames.Shown(process.Name)));
        }
    }
}
