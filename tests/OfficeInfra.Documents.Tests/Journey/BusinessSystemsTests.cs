using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Journey;

public sealed class BusinessSystemsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    private static GeneratedDocument Map(RegisterSet registers, Func<CheckedRegisters, IReadOnlyDictionary<RegisterName, string>>? sops = null) =>
        new BusinessSystemsGenerator(sops).Generate(registers, new ControlBook(AsOf)).Single();

    /// <summary>Each table by name: its header and its rows, as a person reads them in Excel.</summary>
    private static Dictionary<string, List<string[]>> Tables(byte[] xlsx, out List<string> errors, out List<(string Cell, string Target)> links)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        links = [];
        var tables = new Dictionary<string, List<string[]>>();
        foreach (var sheet in document.WorkbookPart!.WorksheetParts)
        {
            var table = sheet.TableDefinitionParts.Single().Table;
            var width = (int)table.TableColumns!.Count!.Value;
            var rows = sheet.Worksheet.Descendants<Row>().Select(r =>
            {
                var cells = new string[width];
                foreach (var cell in r.Elements<Cell>())
                {
                    var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1) - 1;
                    cells[column] = cell.InnerText;
                }
                return cells;
            }).ToList();
            rows[0].Should().Equal(table.TableColumns.Elements<TableColumn>().Select(c => c.Name!.Value), "the header row is the table's columns");
            tables[table.Name!.Value!] = rows;
            links.AddRange(sheet.Worksheet.Descendants<Hyperlink>().Select(h => (h.Reference!.Value!,
                sheet.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.OriginalString)));
        }
        return tables;
    }

    [Fact]
    public void Sample_ValidWorkbookOfThreeRealTables()
    {
        var document = Map(SampleOrganisation.Create());

        document.Should().Match<GeneratedDocument>(d => d.Kind == DocumentKind.BusinessSystems && d.Department == null && d.Subject == "Business Systems");
        var tables = Tables(document.Content, out var errors, out _);
        errors.Should().BeEmpty();
        tables.Keys.Should().Equal("Systems", "SystemProcesses", "Silos");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void EverySheet_PrintsOnePageWideInLandscapeWithItsHeaderOnEachPage_RowsTallEnoughForTheirWrappedText(string language)
    {
        var registers = SampleOrganisation.Create() with { Settings = new OrganisationSettings(Language: language) };
        using var document = SpreadsheetDocument.Open(new MemoryStream(Map(registers).Content), false);

        var titles = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
        titles.Should().HaveCount(3);
        var sheets = document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ToList();
        foreach (var (sheet, index) in sheets.Select((s, i) => (s, i)))
        {
            var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
            worksheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            (setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value).Should().Be((OrientationValues.Landscape, 1u, 0u));
            titles.Single(t => t.LocalSheetId!.Value == index).Text.Should().Be($"'{sheet.Name}'!$1:$1");
            var widths = worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
            foreach (var row in worksheet.Descendants<Row>().Skip(1))
            {
                // The longest cell's wrapped lines, a CJK character two digits wide, fit in the row's height (15 pt a line).
                var lines = row.Elements<Cell>().Max(c =>
                {
                    var column = c.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1) - 1;
                    return Math.Ceiling(c.InnerText.Sum(ch => ch >= '\u2E80' ? 2 : 1) / (widths[column] - 2));
                });
                (row.Height?.Value ?? 15).Should().BeGreaterThanOrEqualTo(Math.Max(1, lines) * 15, $"{sheet.Name} row {row.RowIndex} wraps to {lines} lines");
            }
        }
    }

    [Fact]
    public void Sample_EverySystemWithItsProcessesDepartmentsAndKpis_EveryProcessOnce()
    {
        var registers = SampleOrganisation.Create();
        var tables = Tables(Map(registers).Content, out _, out _);

        var systems = tables["Systems"].Skip(1).ToList();
        systems.Select(r => r[0]).Should().Equal("Fulfillment", "Operations Management", "Administration", "Service Management",
            "Financial Management", "Marketing", "Sales", "Employee Management");
        var fulfilment = systems[0];
        fulfilment[1].Should().Be("Order to Delivery");
        fulfilment[2].Should().Be("Operations");
        fulfilment[4].Should().Be("Orders shipped within 2 working days");
        systems.Should().OnlyContain(r => r[5] == null, "every sample system has a KPI");
        var processes = tables["SystemProcesses"].Skip(1).ToList();
        processes.Select(r => r[1]).Should().BeEquivalentTo(registers.Processes.Select(p => p.Name));
        processes.Single(r => r[1] == "Contract Review")[4].Should().Be("Operations; Legal Compliance", "the Managing Director signs off");
        processes.Single(r => r[1] == "Order to Delivery")[8].Should().Be("Purchase › Order; Delivery › Ship; Support and renewal › Order again");
    }

    [Fact]
    public void Sample_SiloTable_EqualsTheHandCount()
    {
        // As counted in JourneyRegisterTests: two stages served in silos and Human Resources off the journey.
        var silos = Tables(Map(SampleOrganisation.Create()).Content, out _, out _)["Silos"].Skip(1).Select(r => (r[0], r[1])).ToList();

        silos.Should().Equal(
            ("Stage served in silos", "Support and renewal › Get support"),
            ("Stage served in silos", "Support and renewal › Order again"),
            ("Department off the journey", "Human Resources"));
    }

    [Fact]
    public void ProcessesWithoutSystem_AndSystemsWithoutKpi_AreFlagged()
    {
        var registers = RegisterSetBuilder.Valid()
            .Add(new Process("Unmeasured", "Ops", "Sales", "Boss"))
            .Add(new Process("Loose", "Ops", null, "Boss", Kpi: "Speed"))
            .Build() with { Journey = [new JourneyStage("Buy", "Pay") { OnStageBy = ["Boss"], BackStage = ["Unmeasured"] }] };

        var tables = Tables(Map(registers).Content, out var errors, out _);

        errors.Should().BeEmpty();
        tables["Systems"].Skip(1).Single(r => r[0] == "Sales")[5].Should().Be("No KPI");
        var processes = tables["SystemProcesses"].Skip(1).ToList();
        processes.Single(r => r[1] == "Loose")[9].Should().Be("No system");
        processes.Single(r => r[1] == "Selling")[9].Should().Be("No system");
        processes.Single(r => r[1] == "Unmeasured")[9].Should().Be("No KPI");
        tables["Silos"].Skip(1).Should().ContainSingle(r => r[0] == "Customer process without KPI" && r[1] == "Unmeasured");
    }

    [Fact]
    public void SopCells_LinkToTheSopsWhereTheLibraryPutsThem()
    {
        var tables = Tables(Map(SampleOrganisation.Create(), _ => new Dictionary<RegisterName, string>
        {
            ["Order to Delivery"] = "Operations/SOPs/Order to Delivery.docx",
            ["Hiring"] = "Human Resources/SOPs/Hiring.docx",
        }).Content, out var errors, out var links);

        errors.Should().BeEmpty();
        links.Select(l => l.Target).Should().BeEquivalentTo("Operations/SOPs/Order%20to%20Delivery.docx", "Human%20Resources/SOPs/Hiring.docx");
        tables["SystemProcesses"].Skip(1).Single(r => r[1] == "Order to Delivery")[7].Should().Be("Operations/SOPs/Order to Delivery.docx");
    }

    [Fact]
    public void NoJourney_NoWorkbook_AndSameRegistersGiveTheSameBytes()
    {
        var generator = new BusinessSystemsGenerator();
        var without = SampleOrganisation.Create() with { Journey = [] };

        generator.Count(without).Should().Be(0);
        generator.Generate(without, new ControlBook(AsOf)).Should().BeEmpty();
        Map(SampleOrganisation.Create()).Content.Should().Equal(Map(SampleOrganisation.Create()).Content);
    }
}
