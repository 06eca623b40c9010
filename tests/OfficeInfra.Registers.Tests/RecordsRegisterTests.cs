using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>The optional Records register: retention labels by document type or department (issue 21).</summary>
public sealed class RecordsRegisterTests
{
    private static RegisterSet WithRecords(params RecordsEntry[] records) => RegisterSetBuilder.Valid().Build() with { Records = records };

    private static RecordsEntry ForType(string type, string label, int row = 2) => new(label, row) { DocumentType = type };

    private static RecordsEntry ForDepartment(string department, string label, int row = 2) => new(label, row) { Department = department };

    private static List<Finding> RecordsFindings(RegisterSet registers) =>
        RegisterRules.Check(registers).Where(f => f.Sheet == "Records").ToList();

    private static readonly RegisterSet Labelled = WithRecords(
        ForType("Job Description", "HR - 7 years after superseded", 2) with { RetentionPeriod = "7 years", RetentionAction = "Keep and delete", RetentionTrigger = "When last modified" },
        ForType("sop", "Quality - 3 years", 3),
        ForDepartment("Ops", "Operations 10 years", 4) with { RetentionPeriod = "Unlimited", RetentionAction = "Keep", RetentionTrigger = "When labelled" });

    [Fact]
    public void Workbook_WithARecordsSheet_ReadsBackEveryRowAndHasNoFindings()
    {
        using var stream = WorkbookRoundTripTests.Write(Labelled);

        var read = XlsxRegisterReader.Read(stream);

        read.Records.Should().BeEquivalentTo(Labelled.Records, o => o.WithStrictOrdering());
        RecordsFindings(read).Should().BeEmpty();
    }

    [Fact]
    public void Json_WithRecords_RoundTrips_AndWithoutThemHasNoRecordsKey()
    {
        var json = JsonRegisterWriter.Write(Labelled);

        JsonRegisterReader.Read(json).Records.Should().BeEquivalentTo(Labelled.Records, o => o.WithStrictOrdering().Excluding(r => r.Row));
        json.Should().Contain("\"retentionLabel\"");
        JsonRegisterWriter.Write(Labelled with { Records = [] }).Should().NotContain("\"records\"");
    }

    [Fact]
    public void Workbook_WithoutARecordsSheet_ReadsNoRecordsAndGetsNoRecordsFindings()
    {
        var bytes = RawWorkbook.Create(null,
            new RawSheet("Departments", [["Department", "Head"], ["Ops", "Boss"]]),
            new RawSheet("Roles", [["Role", "Department"], ["Boss", "Ops"]]),
            new RawSheet("Tasks", [["Task", "Department", "Role"], ["Sell", "Ops", "Boss"]]),
            new RawSheet("Processes", [["Process", "Department"]]));

        var read = XlsxRegisterReader.Read(new MemoryStream(bytes));

        read.Records.Should().BeEmpty();
        RecordsFindings(read).Should().BeEmpty();
    }

    public static TheoryData<RecordsEntry, string, string> BadRows => new()
    {
        { ForType("Memo", "HR"), FindingCodes.UnknownDocumentType, "'Memo', which is not one of Job Description, SOP, Org Chart" },
        { ForDepartment("Sales", "HR"), FindingCodes.UnknownDepartment, "is for department 'Sales', which is not in the Departments register" },
        { ForType("SOP", " "), FindingCodes.MissingValue, "This row has no Retention Label, which is required." },
        { new RecordsEntry("HR", 2), FindingCodes.RecordsRowScope, "names neither a document type nor a department" },
        { ForType("SOP", "HR") with { Department = "Ops" }, FindingCodes.RecordsRowScope, "names both a document type and a department" },
        { ForType("SOP", "HR") with { RetentionPeriod = "seven years", RetentionAction = "Keep", RetentionTrigger = "When created" }, FindingCodes.InvalidRetentionPeriod, "'seven years'" },
        { ForType("SOP", "HR") with { RetentionPeriod = "101 years", RetentionAction = "Keep", RetentionTrigger = "When created" }, FindingCodes.InvalidRetentionPeriod, "at most 100 years" },
        { ForType("SOP", "HR") with { RetentionPeriod = "3 years", RetentionAction = "Archive", RetentionTrigger = "When created" }, FindingCodes.UnknownRetentionAction, "'Archive', which is not one of Keep, Delete or Keep and delete" },
        { ForType("SOP", "HR") with { RetentionPeriod = "3 years", RetentionAction = "Keep", RetentionTrigger = "Yearly" }, FindingCodes.UnknownRetentionTrigger, "'Yearly'" },
        { ForType("SOP", "HR") with { RetentionPeriod = "3 years" }, FindingCodes.IncompleteRetention, "Purview needs all three, or none" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Check_BadRow_IsOneErrorNamingTheCell(RecordsEntry row, string code, string says)
    {
        var findings = RecordsFindings(WithRecords(row));

        var finding = findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(code);
        finding.Severity.Should().Be(Severity.Error);
        finding.Row.Should().Be(2);
        finding.Message.Should().Contain(says);
    }

    [Theory]
    [InlineData("HR – 7 years")]
    [InlineData("Quality, 3 years")]
    [InlineData("A label name that goes on and on well past the sixty-four characters")]
    public void Check_LabelNamePurviewCannotImport_IsAWarningThatSaysWhy(string label)
    {
        var finding = RecordsFindings(WithRecords(ForType("SOP", label))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(FindingCodes.LabelNameNotImportable);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("only letters, digits, hyphens and spaces, at most 64");
    }

    [Fact]
    public void Check_TheSameTypeTwice_AndOneLabelWithTwoSettings_AreErrorsOnTheLaterRow()
    {
        var findings = RecordsFindings(WithRecords(
            ForType("SOP", "Quality", 2) with { RetentionPeriod = "3 years", RetentionAction = "Delete", RetentionTrigger = "When created" },
            ForType("sop", "Quality again", 3),
            ForDepartment("Ops", "Quality", 4) with { RetentionPeriod = "5 years", RetentionAction = "Delete", RetentionTrigger = "When created" }));

        findings.Select(f => (f.Code, f.Row)).Should().Equal((FindingCodes.DuplicateRecordsRow, 3), (FindingCodes.ConflictingRetention, 4));
    }

    [Theory]
    [InlineData("7 years", "2555")]
    [InlineData("1 year", "365")]
    [InlineData("18 months", "540")]
    [InlineData("2 weeks", "14")]
    [InlineData("90 days", "90")]
    [InlineData("365", "365")]
    [InlineData("unlimited", "Unlimited")]
    [InlineData("100 years", "36500")]
    [InlineData("0 days", null)]
    [InlineData("101 years", null)]
    [InlineData("a while", null)]
    public void PurviewDuration_AsWritten_IsDaysAsPurviewCountsThem(string period, string? days) =>
        RetentionValues.PurviewDuration(period).Should().Be(days);
}
