using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Delegation;

/// <summary>The delegation report: its figures against a hand count, and the workbook an HR officer opens.</summary>
public class DelegationReportTests
{
    private static readonly DelegationFigures Sample = DelegationFigures.Of(SampleOrganisation.Create());

    [Fact]
    public void Figures_Sample_EqualTheHandCount()
    {
        // By hand from the sample's Tasks register: the COO does the vacant Technician's four Order to Delivery steps
        // (all daily) and its monthly equipment service; the Marketing Manager passes leads for the intern (daily).
        Sample.Delegations.Select(d => (d.Task, d.ShouldDo, d.DoneBy)).Should().Equal(
            ("Pick the ordered items from the warehouse", "Technician", "Chief Operating Officer"),
            ("Test the equipment before packing", "Technician", "Chief Operating Officer"),
            ("Pack and label the shipment", "Technician", "Chief Operating Officer"),
            ("Book the courier collection", "Technician", "Chief Operating Officer"),
            ("Service the workshop equipment", "Technician", "Chief Operating Officer"),
            ("Pass qualified leads to the Managing Director", "Marketing Intern", "Marketing Manager"));
        Sample.ByDoer.Select(d => (d.DoneBy, d.Tasks, d.ByFrequency["daily"], d.ByFrequency["monthly"])).Should().Equal(
            ("Chief Operating Officer", 5, 4, 1), ("Marketing Manager", 1, 1, 0));
        Sample.VacantRoles.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new VacantRoleFigures("Technician", "Operations", 5, 5, ["Chief Operating Officer"], 0));
        Sample.UncoveredRoles.Should().BeEmpty();
    }

    [Theory]
    [InlineData("en", "Task 'Pick the ordered items from the warehouse' reworded as 'Pick the ordered items and file the slip'")]
    [InlineData("tr", "\u201CPick the ordered items from the warehouse\u201D görevi \u201CPick the ordered items and file the slip\u201D olarak yeniden yazıldı")]
    public void History_DelegatedTaskReworded_SaysRewordedNotItsRole(string language, string expected)
    {
        var sample = SampleOrganisation.Create();
        var before = sample with { Settings = sample.Settings with { Language = language } };
        var after = before with
        {
            Tasks = [.. before.Tasks.Select(t => t.Task == "Pick the ordered items from the warehouse" ? t with { Task = "Pick the ordered items and file the slip" } : t)],
        };
        var first = new DelegationReportGenerator().Generate(RegisterRules.Checked(before), new ControlBook(new DateOnly(2025, 1, 31))).Single();

        var second = new DelegationReportGenerator().Generate(RegisterRules.Checked(after), new ControlBook(new DateOnly(2025, 3, 1), [first.Record!])).Single();

        second.Record!.Control!.History[0].Change.Should().Be(expected);
    }

    [Fact]
    public void Figures_VacantRoleNobodyCovers_IsListed()
    {
        var registers = RegisterSetBuilder.Valid().Role("Driver", "Ops", "Boss", holder: null, status: "Vacant")
            .Task("Drive the van", "Ops", "Driver", frequency: "Weekly").Task("Wash the van", "Ops", "Driver", currentlyDoneBy: "Ann").Build();

        var figures = DelegationFigures.Of(registers);

        figures.UncoveredRoles.Should().Equal("Driver");
        figures.VacantRoles.Single().Should().BeEquivalentTo(new VacantRoleFigures("Driver", "Ops", 2, 1, ["Ann"], 1));
        figures.ByDoer.Single().Should().Match<DoerFigures>(d => d.DoneBy == "Ann" && d.DoerRole == "Boss" && d.ByFrequency["other"] == 1);
    }

    [Fact]
    public void Figures_AnyOrganisation_CountEveryTaskOnce() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Gen.Choose(9, 60).ToArbitrary(), Gen.Choose(1, 200).ToArbitrary(), (roles, tasks) =>
        {
            var registers = SyntheticOrganisation.Create(roles: roles, tasks: tasks, processes: Math.Max(1, roles / 4), seed: roles * 1000 + tasks);
            // Every third task is done today by some role, sometimes its own (not a delegation).
            registers = registers with
            {
                Tasks = [.. registers.Tasks.Select((t, i) => i % 3 == 0 ? t with { CurrentlyDoneBy = registers.Roles[(i * 7) % registers.Roles.Count].Title } : t)],
            };
            var expected = registers.Tasks.Count(t => t.CurrentlyDoneBy is not null
                && !string.Equals(t.CurrentlyDoneBy.Trim(), t.Role?.Trim(), StringComparison.OrdinalIgnoreCase));
            var figures = DelegationFigures.Of(registers);
            return figures.Delegations.Count == expected
                && figures.ByDoer.Sum(d => d.Tasks) == figures.Delegations.Count
                && figures.ByDoer.All(d => d.ByFrequency.Values.Sum() == d.Tasks)
                && figures.VacantRoles.All(v => v.Covered + v.Uncovered == v.Tasks)
                && figures.Delegations.All(d => !string.Equals(d.DoneBy, d.ShouldDo, StringComparison.OrdinalIgnoreCase));
        }));

    [Theory]
    [InlineData(DocumentLanguage.English, "Delegations", "Done today by")]
    [InlineData(DocumentLanguage.Turkish, "Devredilecek işler", "Bugün yürüten")]
    [InlineData(DocumentLanguage.ChineseSimplified, "待移交任务", "目前承担人")]
    public void Workbook_IsValidWithRealTablesAndAChart(DocumentLanguage language, string firstSheet, string header)
    {
        var bytes = DelegationWorkbook.Write(Sample, language);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Part?.Uri} {e.Description}").Should().BeEmpty();
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        sheets.Should().HaveCount(3).And.StartWith(firstSheet);
        var tables = workbook.WorkbookPart.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table).ToList();
        tables.Should().HaveCount(3);
        tables.Single(t => t.Name == "Delegations").Reference!.Value.Should().Be("A1:G7");
        tables.Single(t => t.Name == "Delegations").TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).Should().Contain(header);
        workbook.WorkbookPart.WorksheetParts.Count(w => w.DrawingsPart?.ChartParts.Any() == true).Should().Be(1);
    }

    [Fact]
    public void Workbook_Printed_EverySheetIsOnePageWideInLandscapeAndRepeatsItsHeaderRow()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(DelegationWorkbook.Write(Sample, DocumentLanguage.Turkish)), false);
        var book = workbook.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        var titles = book.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = ((WorksheetPart)book.GetPartById(sheets[i].Id!)).Worksheet;
            sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            var setup = sheet.GetFirstChild<PageSetup>()!;
            (setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value).Should().Be((OrientationValues.Landscape, 1u, 0u));
            titles.Single(t => t.LocalSheetId!.Value == i).Text.Should().Be($"'{sheets[i].Name}'!$1:$1");
        }
    }

    [Theory]
    [InlineData(DocumentLanguage.English, "Delegation report")]
    [InlineData(DocumentLanguage.Turkish, "Görev devri raporu")]
    [InlineData(DocumentLanguage.ChineseSimplified, "任务委派报告")]
    public void Workbook_Printed_ColumnsFitTheirValuesHeadersWrapAndPagesAreHeaded(DocumentLanguage language, string report)
    {
        // Printed from LibreOffice, the Chinese headers ran into each other and numbers sat against the next column's text.
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(DelegationWorkbook.Write(Sample, language)), false);
        var book = workbook.WorkbookPart!;
        var formats = book.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = book.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            var widths = worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
            var rows = worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
            foreach (var header in rows[0])
            {
                var format = formats[(int)header.StyleIndex!.Value];
                (format.Alignment?.WrapText?.Value ?? false).Should().BeTrue($"{sheet.Name}: a long header wraps");
                fonts[(int)format.FontId!.Value].Bold.Should().NotBeNull();
            }
            foreach (var row in rows.Skip(1))
            {
                for (var c = 0; c < row.Count; c++)
                {
                    var format = formats[(int)row[c].StyleIndex!.Value];
                    var width = ColumnWidthOf(row[c].InnerText);
                    // A value fits its column, or the column is at its widest and the value wraps inside it.
                    (widths[c] >= width || format.Alignment?.WrapText?.Value == true).Should().BeTrue($"{sheet.Name}: {row[c].InnerText}");
                    if (row[c].DataType is null)
                    {
                        format.Alignment!.Horizontal!.Value.Should().Be(HorizontalAlignmentValues.Center, "a number sits in the middle of its column");
                    }
                }
            }
            // A row is as tall as its text: two lines for a wrapped header, Chinese lines taller than Latin ones.
            foreach (var row in worksheet.Descendants<Row>())
            {
                var text = string.Concat(row.Elements<Cell>().Select(c => c.InnerText));
                row.Height!.Value.Should().BeGreaterThanOrEqualTo(text.Any(c => c >= '\u2E80') ? 18 : 15, text);
            }
            if (sheet.Name == "Vacant roles")
            {
                worksheet.Descendants<Row>().First().Height!.Value.Should().BeGreaterThanOrEqualTo(30, "\"Done by nobody\" wraps onto two lines");
            }
            worksheet.GetFirstChild<PageSetup>()!.PaperSize!.Value.Should().Be(9u, "A4");
            worksheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text.Should().Contain(report).And.Contain("&A");
        }
    }

    private static double ColumnWidthOf(string text) => text.Sum(c => c >= '\u2E80' ? 2.1 : 1.0);

    [Fact]
    public void Workbook_SameFiguresTwice_SameBytes() =>
        DelegationWorkbook.Write(Sample, DocumentLanguage.English).Should().Equal(DelegationWorkbook.Write(Sample, DocumentLanguage.English));

    [Fact]
    public void Workbook_NoDelegation_StillOpensWithEmptyTables()
    {
        var bytes = DelegationWorkbook.Write(DelegationFigures.Of(RegisterSetBuilder.Valid().Build()), DocumentLanguage.English);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(workbook).Should().BeEmpty();
    }

    [Fact]
    public void Generator_TurkishOrganisation_ReportInTurkishWithItsDocumentControl()
    {
        var registers = SampleOrganisation.Create() with { Settings = new OrganisationSettings(Language: "tr") };

        var document = new DelegationReportGenerator().Generate(registers, new ControlBook(new DateOnly(2026, 11, 1))).Single();

        document.Should().Match<GeneratedDocument>(d => d.Kind == DocumentKind.DelegationReport && d.Department == null);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(document.Content), false);
        new OpenXmlValidator().Validate(workbook).Should().BeEmpty();
        workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First().Name!.Value.Should().Be("Devredilecek işler");
        workbook.PackageProperties.Subject.Should().Be("Görev devri raporu");
        document.Record!.Control!.Id.Should().Be("DLG-0001");
    }

    [Fact]
    public void Generator_GapClosed_NextVersionSaysSoInTheOrganisationsLanguage()
    {
        var registers = SampleOrganisation.Create() with { Settings = new OrganisationSettings(Language: "zh-Hans") };
        var generator = new DelegationReportGenerator();
        var first = generator.Generate(registers, new ControlBook(new DateOnly(2026, 11, 1))).Single();
        var closed = registers with
        {
            Tasks = [.. registers.Tasks.Select(t => t.Task == "Pass qualified leads to the Managing Director" ? t with { CurrentlyDoneBy = null } : t)],
        };

        var second = generator.Generate(closed, new ControlBook(new DateOnly(2026, 12, 1), [first.Record!])).Single();

        second.Record!.Control!.Version.Should().Be(2);
        second.Record.Control.History[0].Change.Should().Be("任务\u201CPass qualified leads to the Managing Director\u201D已不再由其他角色代为承担");
    }
}
