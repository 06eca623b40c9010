using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public class WorkbookRoundTripTests
{
    internal static MemoryStream Write(RegisterSet registers)
    {
        var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, registers);
        stream.Position = 0;
        return stream;
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("empty")]
    [InlineData("hostile")]
    public void Write_Registers_PassesOpenXmlValidator(string which)
    {
        using var stream = Write(which switch
        {
            "sample" => SampleOrganisation.Create(),
            "empty" => RegisterSet.Empty,
            _ => SyntheticOrganisation.Create(roles: 20, tasks: 60, processes: 9),
        });
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Write_Sample_ReadsBackEqual()
    {
        var sample = SampleOrganisation.Create();
        using var stream = Write(sample);
        var read = XlsxRegisterReader.Read(stream);
        AssertSame(read, sample);
    }

    [Fact]
    public void Write_Empty_ReadsBackEmpty()
    {
        using var stream = Write(RegisterSet.Empty);
        XlsxRegisterReader.Read(stream).Should().BeEquivalentTo(RegisterSet.Empty);
    }

    [Fact]
    public void Write_HostileUnicodeOrganisation_SurvivesUnchanged()
    {
        var synthetic = SyntheticOrganisation.Create(roles: 20, tasks: 60, processes: 9, departments: 9);
        using var stream = Write(synthetic);
        // The name is written on the Organisation sheet's first data row, which is where the reader then says it came from.
        AssertSame(XlsxRegisterReader.Read(stream), synthetic with { Settings = synthetic.Settings with { Row = 2 } });
    }

    [Theory]
    [InlineData("=SUM(A1:A2)")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("-minus")]
    [InlineData("@mention")]
    [InlineData("İıŞş Ğğ 中文 👩‍💻 & <b> \"q\" 'a'")]
    public void Write_FormulaLikeOrUnicodeText_StaysTextAndNeverAFormula(string text)
    {
        var registers = RegisterSetBuilder.Valid().Department(text, description: text).Build();
        using var stream = Write(registers);
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Should().BeEmpty();
        }
        stream.Position = 0;
        var read = XlsxRegisterReader.Read(stream);
        read.Departments[1].Name.Should().Be(text);
        read.Departments[1].Description.Should().Be(text);
    }

    [Fact]
    public void Write_Sample_HasTablesFrozenHeadersDropDownsAndVacantRule()
    {
        using var stream = Write(SampleOrganisation.Create());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        document.PackageProperties.Title.Should().Be("Contoso Ltd");
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Departments", "Roles", "Tasks", "Processes", "Organisation", "Journey", "Records");
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            part.TableDefinitionParts.Should().ContainSingle().Which.Table.Name!.Value.Should().Be(sheet.Name!.Value);
            part.Worksheet.Descendants<Pane>().Should().ContainSingle(p => p.State! == PaneStateValues.Frozen);
            var validations = part.Worksheet.Descendants<DataValidation>();
            if (sheet.Name!.Value == "Journey")
            {
                validations.Should().BeEmpty("its name columns hold several names a cell, which a drop-down would refuse");
            }
            else
            {
                validations.Should().NotBeEmpty();
            }
        }
        var roles = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!);
        roles.Worksheet.Descendants<ConditionalFormattingRule>().Should().ContainSingle()
            .Which.InnerText.Should().Contain("Vacant");
        roles.Worksheet.Descendants<Formula1>().Select(f => f.Text).Should().Contain(["DepartmentList", "RoleList", "\"Filled,Vacant\""]);
        workbook.Workbook.DefinedNames!.Elements<DefinedName>().Select(d => d.Text).Should().Contain("Roles[Role]");
    }

    [Fact]
    public void Sample_HasNoErrorsAndShowsTheMethod()
    {
        var sample = SampleOrganisation.Create();
        var findings = RegisterRules.Check(sample);
        // Besides the vacant Technician, the journey's own warnings (JourneyRegisterTests counts them by hand).
        findings.Should().OnlyContain(f => f.Severity == Severity.Warning);
        findings.Where(f => f.Sheet != "Journey" && f.Code != FindingCodes.DepartmentOffJourney).Should().ContainSingle()
            .Which.Should().Match<Finding>(f => f.Code == FindingCodes.VacantRole && f.Message.Contains("Technician"));
        sample.Departments.Select(d => d.Name).Should().Equal("Operations", "Legal Compliance", "Accounting", "Technology", "Marketing", "Human Resources");
        sample.Departments.Select(d => d.AccessLevel).Distinct().Should().HaveCount(4);
        sample.Roles.Select(r => r.RoleType).Distinct().Should().HaveCount(5);
        sample.Tasks.Count(t => t.Role == "Technician" && t.CurrentlyDoneBy == "Chief Operating Officer").Should().Be(5);
        sample.Tasks.Where(t => t.Process == "Order to Delivery").Select(t => t.StepNumber).Should().BeInAscendingOrder();
        sample.Processes.GroupBy(p => p.Department).Should().OnlyContain(g => g.Count() >= 2);
        sample.Processes.Should().OnlyContain(p => p.Kpi != null && p.Target != null && p.System != null);
    }

    [Fact]
    public void SampleFile_MatchesWhatTheWriterProduces()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "contoso.xlsx");
        // To refresh the committed sample after changing SampleOrganisation: OFFICEINFRA_UPDATE_SAMPLES=1 dotnet test …
        if (Environment.GetEnvironmentVariable("OFFICEINFRA_UPDATE_SAMPLES") == "1")
        {
            RegisterWorkbookWriter.Write(path, SampleOrganisation.Create());
        }
        AssertSame(XlsxRegisterReader.Read(path), SampleOrganisation.Create());
    }

    [Fact]
    public void CellReference_ForFindingsOnWrittenWorkbook_PointsAtTheCell()
    {
        var registers = RegisterSetBuilder.Valid().Task("Mop", "Nowhere", "Boss").Build();
        using var stream = Write(registers);
        var workbook = XlsxRegisterReader.ReadWorkbook(stream);
        var finding = RegisterRules.Check(workbook.Registers).Single(f => f.Code == FindingCodes.UnknownDepartment);
        CellReference.For(finding, workbook.Layout).Should().Be("Tasks!C3");
        CellReference.For(finding).Should().Be("Tasks!C3");
    }

    internal static void AssertSame(RegisterSet actual, RegisterSet expected) =>
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OfficeInfra.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
