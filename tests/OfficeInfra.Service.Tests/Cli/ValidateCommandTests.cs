using System.Text.Json;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Save(string name, byte[] bytes)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Validate_Sample_PrintsVacantRoleWithItsCellAndExits0()
    {
        var run = await CliRun.Of("validate", Save("contoso.xlsx", Workbooks.Sample()));

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Roles").And.Contain("Roles!E4").And.Contain("Technician");
        run.Out.TrimEnd().Split('\n')[^1].Should().Be("contoso.xlsx: 5 warnings.");
    }

    [Fact]
    public async Task Validate_RegistersWithErrors_GroupsBySheetAndExits1()
    {
        var run = await CliRun.Of("validate", Save("bad.xlsx", Workbooks.Of(Workbooks.WithErrors())));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("Tasks\n").And.Contain("error").And.Contain("Tasks!D3").And.Contain("Ghost");
        run.Out.Should().Contain("1 error").And.Contain("Errors block generating");
    }

    [Theory]
    [InlineData("tr", "hata", "Tasks!D3", "bad.xlsx: 1 hata", "Hatalar belge üretimini ve yayınlamayı engeller")]
    [InlineData("zh-Hans", "错误", "Tasks!D3", "bad.xlsx: 1个错误", "存在错误时无法生成或发布文档")]
    public async Task Validate_OrganisationLanguage_PrintsFindingsAndSummaryInIt(string language, string label, string cell, string counts, string blocks)
    {
        var registers = Workbooks.WithErrors() with { Settings = new OfficeInfra.Registers.Model.OrganisationSettings(Language: language) };

        var run = await CliRun.Of("validate", Save("bad.xlsx", Workbooks.Of(registers)));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"  {label}").And.Contain(cell).And.Contain("Ghost").And.NotContain("which is not in the");
        // The counts, then (after any warnings, such as a role without a person specification) what errors block.
        run.Out.TrimEnd().Split('\n')[^1].Should().StartWith(counts).And.Contain(blocks);
    }

    [Fact]
    public async Task Validate_Json_PrintsSpecFieldsWithCells()
    {
        var run = await CliRun.Of("validate", Save("bad.xlsx", Workbooks.Of(Workbooks.WithErrors())), "--json");

        run.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(run.Out);
        var error = json.RootElement.EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        error.GetProperty("code").GetString().Should().Be("unknown-role");
        error.GetProperty("sheet").GetString().Should().Be("Tasks");
        error.GetProperty("row").GetInt32().Should().Be(3);
        error.GetProperty("column").GetString().Should().Be("Role");
        error.GetProperty("cell").GetString().Should().Be("Tasks!D3");
        error.GetProperty("message").GetString().Should().Contain("Ghost");
    }

    [Fact]
    public async Task Validate_UnicodeInJson_SurvivesUnchanged()
    {
        var registers = RegisterSetBuilder.Valid().Task("Müşteri 客户 📦", "Ops", role: "Nobody").Build();

        var run = await CliRun.Of("validate", Save("u.xlsx", Workbooks.Of(registers)), "--json");

        // Turkish and Chinese are written as they are; JSON may escape the emoji's surrogate pair, which parses back the same.
        run.Out.Should().Contain("Müşteri 客户");
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.EnumerateArray().Select(f => f.GetProperty("message").GetString())
            .Should().Contain(message => message!.Contains("Müşteri 客户 📦"));
    }

    [Theory]
    [InlineData("random-bytes")]
    [InlineData("truncated-zip")]
    [InlineData("empty")]
    [InlineData("docx")]
    [InlineData("no-tasks-sheet")]
    public async Task Validate_UnreadableInput_OneSentenceOnStderrExit2(string kind)
    {
        var run = await CliRun.Of("validate", Save(kind + ".xlsx", Workbooks.Unreadable(kind)));

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Trim().Split('\n').Should().ContainSingle();
        run.ShowsStackTrace.Should().BeFalse();
    }

    [Fact]
    public async Task Validate_MissingFile_SaysSoExit2()
    {
        var run = await CliRun.Of("validate", _folder.File("nowhere.xlsx"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("does not exist");
        run.ShowsStackTrace.Should().BeFalse();
    }
}
