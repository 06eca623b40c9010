using System.Globalization;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Workbooks;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

/// <summary>The three tables of the business systems workbook: systems, their processes, and the silos.</summary>
internal sealed class SystemsMap(RegisterSet registers, CustomerJourney journey, IReadOnlyDictionary<RegisterName, string> sopPaths, SystemsWords words)
{
    public List<TableSheet> Sheets()
    {
        var systems = BusinessSystems.Of(registers, journey.Index);
        return [SystemsSheet(systems), ProcessesSheet(systems), SilosSheet(SiloReport.Of(registers, journey))];
    }

    /// <summary>
    /// What the workbook shows, every cell of every table row by row: its model hash (a change of any cell is a new
    /// version).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Cells(string title, IReadOnlyList<TableSheet> sheets)
    {
        var cells = new ModelFacts().Field("Title", title);
        foreach (var sheet in sheets)
        {
            foreach (var row in sheet.Rows)
            {
                cells.Item(sheet.Table.ToLowerInvariant(), row[0].Text + " " + row[1].Text, string.Join(" | ", row.Select(c => c.Text)));
            }
        }
        return cells.Facts;
    }

    /// <summary>
    /// The workbook's model for its history: each row by what it is about (a system, a process, a silo finding and
    /// where), its other cells as fields named by their column's number, so that a change reads "Finance Intake:
    /// Target changed from 95% to 98%" (<see cref="JourneyWording"/> names the column in the language).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Facts(string title, IReadOnlyList<TableSheet> sheets)
    {
        var facts = new ModelFacts().Field("Title", title);
        foreach (var sheet in sheets)
        {
            var about = AboutColumns(sheet.Table);
            foreach (var row in sheet.Rows)
            {
                var subject = string.Join(": ", about.Select(c => row[c].Text));
                facts.Item(ItemKind(sheet.Table), subject, subject, [.. Enumerable.Range(0, row.Count).Where(c => !about.Contains(c))
                    .Select(c => (c.ToString(CultureInfo.InvariantCulture), (object?)row[c].Text))]);
            }
        }
        return facts.Facts;
    }

    /// <summary>The item kinds of the history's facts, one per table. (Records written before 6 December 2026 keep
    /// each row whole under the table's name: <see cref="JourneyWording"/> tells them apart.)</summary>
    internal const string SystemItem = "system", ProcessItem = "process", SiloItem = "silo";

    private static string ItemKind(string table) => table switch
    {
        "Systems" => SystemItem,
        "SystemProcesses" => ProcessItem,
        _ => SiloItem,
    };

    /// <summary>The columns that say what a row of <paramref name="table"/> is about: a system, a process, a finding and where.</summary>
    private static int[] AboutColumns(string table) => table switch
    {
        "Systems" => [0],
        "SystemProcesses" => [1],
        _ => [0, 1],
    };

    private TableSheet SystemsSheet(BusinessSystems systems) => new(words.SystemsSheet, "Systems", words.SystemsHeaders,
        [26, 40, 30, 30, 40, 14],
        systems.Systems.Select(s => (IReadOnlyList<TableCell>)
        [
            s.Name,
            Join(s.Processes.Select(p => p.Name.Trim())),
            Join(s.Departments),
            Join(s.Processes.Select(p => new RegisterName(p.Owner)).Distinct().Select(o => o.Display)),
            Join(s.Processes.Select(p => p.Kpi?.Trim())),
            s.HasNoKpi ? words.NoKpi : null,
        ]).ToList());

    private TableSheet ProcessesSheet(BusinessSystems systems)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var process in systems.Systems.SelectMany(s => s.Processes).Concat(systems.WithoutSystem))
        {
            var flags = new[] { string.IsNullOrWhiteSpace(process.System) ? words.NoSystem : null,
                string.IsNullOrWhiteSpace(process.Kpi) ? words.NoKpi : null }.OfType<string>();
            var sop = sopPaths.GetValueOrDefault(process.Name);
            rows.Add(
            [
                process.System?.Trim(), process.Name.Trim(), process.Department.Trim(), process.Owner?.Trim(),
                Join(journey.Index.InRegisterOrder(journey.Index.Participants(process.Name))),
                process.Kpi?.Trim(), process.Target?.Trim(), new TableCell(sop, sop),
                Join(journey.StagesOfProcess(process.Name).Select(s => s.Path)), Join(flags),
            ]);
        }
        return new TableSheet(words.ProcessesSheet, "SystemProcesses", words.ProcessHeaders, [22, 30, 20, 22, 30, 30, 14, 40, 36, 18], rows);
    }

    private TableSheet SilosSheet(SiloReport silos)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        rows.AddRange(silos.SiloStages.Select(s => (IReadOnlyList<TableCell>)[words.SiloStage, s.Path, words.SharedNoProcess(s.Departments)]));
        rows.AddRange(silos.DepartmentsOffJourney.Select(d => (IReadOnlyList<TableCell>)[words.OffJourney, d.Name.Trim(), words.NeverOnStage]));
        rows.AddRange(silos.ProcessesWithoutKpi.Select(p => (IReadOnlyList<TableCell>)[words.WithoutKpi, p.Name.Trim(), words.TouchesWithoutKpi]));
        return new TableSheet(words.SilosSheet, "Silos", words.SiloHeaders, [30, 36, 70], rows);
    }

    private string? Join(IEnumerable<string?> items)
    {
        var text = string.Join(words.ListSeparator, items.Where(i => !string.IsNullOrWhiteSpace(i)));
        return text.Length == 0 ? null : text;
    }
}
