using DocumentFormat.OpenXml.Packaging;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public sealed class OrganisationSheetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("officeinfra-organisation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static RegisterSet WithSettings(OrganisationSettings settings) =>
        RegisterSetBuilder.Valid().Build() with { Settings = settings };

    [Fact]
    public void Write_Settings_ReadBackFromTheOrganisationSheet()
    {
        var registers = WithSettings(new OrganisationSettings("Acme İş 中文", "zh-Hans", "24", "https://contoso.example/logo.png"));

        using var stream = WorkbookRoundTripTests.Write(registers);
        var read = XlsxRegisterReader.Read(stream);

        read.Organisation.Should().Be("Acme İş 中文");
        read.Settings.Should().Be(new OrganisationSettings("Acme İş 中文", "zh-Hans", "24", "https://contoso.example/logo.png", Row: 2));
        read.Settings.DocumentLanguage.Should().Be(DocumentLanguage.ChineseSimplified);
        read.Settings.ReviewMonths.Should().Be(24);
    }

    [Fact]
    public void Read_OrganisationTableAnywhere_ColumnsInAnyOrder()
    {
        var bytes = RawWorkbook.Create("Title Co",
            new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"]]),
            new RawSheet("Tasks", [["Task", "Department"]]),
            new RawSheet("Processes", [["Process", "Department"]]),
            new RawSheet("Settings", [[null], [null, " review interval ", "LANGUAGE", "Name"], [null, 6, "tr", "Anadolu Ltd"]],
                Table: ("Organisation", "B2:D3")));

        var read = XlsxRegisterReader.ReadWorkbook(new MemoryStream(bytes));

        read.Registers.Organisation.Should().Be("Anadolu Ltd");
        read.Registers.Settings.Should().Be(new OrganisationSettings("Anadolu Ltd", "tr", "6", Row: 3));
        read.Layout.ColumnOf("Organisation", "Language").Should().Be("C");
    }

    [Fact]
    public void Read_NoOrganisationSheet_NameFromTitleThenFileName()
    {
        var withTitle = Path.Combine(_folder, "Acme Trading.xlsx");
        RegisterWorkbookWriter.Write(withTitle, RegisterSetBuilder.Valid().Organisation(string.Empty).Build());
        using (var document = SpreadsheetDocument.Open(withTitle, isEditable: true))
        {
            document.PackageProperties.Title = "Title Co";
        }
        XlsxRegisterReader.Read(withTitle).Organisation.Should().Be("Title Co");

        var withoutTitle = Path.Combine(_folder, "Acme Trading 2.xlsx");
        RegisterWorkbookWriter.Write(withoutTitle, RegisterSetBuilder.Valid().Organisation(string.Empty).Build());
        var read = XlsxRegisterReader.Read(withoutTitle);
        read.Organisation.Should().Be("Acme Trading 2");
        read.Settings.Should().Be(new OrganisationSettings("Acme Trading 2"));
    }

    [Fact]
    public void Read_OlderWorkbookWithoutTheSheet_TakesEveryDefault()
    {
        var bytes = RawWorkbook.Create(null,
            new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"]]),
            new RawSheet("Tasks", [["Task", "Department"]]),
            new RawSheet("Processes", [["Process", "Department"]]));

        var read = XlsxRegisterReader.Read(new MemoryStream(bytes));

        read.Organisation.Should().BeEmpty();
        read.Settings.Should().Be(OrganisationSettings.None);
        read.Settings.DocumentLanguage.Should().Be(DocumentLanguage.English);
        read.Settings.ReviewMonths.Should().Be(12);
    }

    [Fact]
    public void Json_SettingsObject_RoundTrips()
    {
        var registers = WithSettings(new OrganisationSettings("Acme", "tr", "18", "logo.png", Row: 2));

        var json = JsonRegisterWriter.Write(registers);

        json.Should().Contain("\"organisation\":{\"name\":\"Acme\",\"language\":\"tr\",\"reviewInterval\":\"18\",\"logo\":\"logo.png\",\"row\":2}");
        JsonRegisterReader.Read(json).Should().BeEquivalentTo(registers, o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("{\"organisation\": \"Acme\"}")]
    [InlineData("{\"organisation\": {\"name\": \" Acme \", \"reviewInterval\": 12}}")]
    public void Json_NameAsStringOrObject_IsTheOrganisation(string json)
    {
        var read = JsonRegisterReader.Read(json);

        read.Organisation.Should().Be("Acme");
        read.Settings.Name.Should().Be("Acme");
        read.Settings.ReviewMonths.Should().Be(12);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("english")]
    [InlineData("zh")]
    public void Check_UnknownLanguage_IsAnErrorNamingTheChoices(string language)
    {
        var registers = WithSettings(new OrganisationSettings("Acme", language, Row: 2));

        var finding = RegisterRules.Check(registers).Should().ContainSingle(f => f.Sheet == "Organisation").Subject;

        finding.Should().Match<Finding>(f => f.Severity == Severity.Error && f.Code == FindingCodes.UnknownLanguage && f.Column == "Language");
        finding.Message.Should().Be($"The organisation has Language '{language}', which is not one of en, tr or zh-Hans.");
        CellReference.For(finding).Should().Be("Organisation!B2");
    }

    [Theory]
    [InlineData("en", null)]
    [InlineData(" ZH-hans ", "12")]
    [InlineData("TR", "120")]
    [InlineData(null, "1")]
    public void Check_UsableSettings_FindNothing(string? language, string? interval) =>
        RegisterRules.Check(WithSettings(new OrganisationSettings("Acme", language, interval)))
            .Should().NotContain(f => f.Sheet == "Organisation");

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    [InlineData("1.5")]
    [InlineData("a year")]
    [InlineData("-3")]
    public void Check_UnusableReviewInterval_IsAnError(string interval)
    {
        var findings = RegisterRules.Check(WithSettings(new OrganisationSettings("Acme", "en", interval, Row: 2)));

        findings.Should().ContainSingle(f => f.Sheet == "Organisation").Which.Should().Match<Finding>(f =>
            f.Code == FindingCodes.InvalidReviewInterval && f.Severity == Severity.Error && f.Message.Contains("whole number of months"));
    }
}
