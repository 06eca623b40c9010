using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

/// <summary>
/// README's exit-code table, row by row, through the real process (what a shell script sees): 0 done, 1 errors in
/// the registers or a failed target, 2 bad use or unusable input (including an output folder that cannot be written).
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly TempFolder _folder = new();

    public ExitCodeTests()
    {
        File.WriteAllBytes(_folder.File("sample.xlsx"), Workbooks.Sample());
        File.WriteAllBytes(_folder.File("errors.xlsx"), Workbooks.Of(Workbooks.WithErrors()));
        File.WriteAllText(_folder.File("notes.txt"), "a user's file");
        Directory.CreateDirectory(_folder.File("edited"));
        File.WriteAllText(_folder.File("edited/SOP.docx"), "not a docx");
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, int> Rows => new()
    {
        { "init {0}/new.xlsx", 0 },
        { "init {0}/sample.xlsx", 2 },
        { "init {0}/notes.txt/new.xlsx", 2 },
        { "validate {0}/sample.xlsx", 0 },
        { "validate {0}/errors.xlsx", 1 },
        { "validate {0}/notes.txt", 2 },
        { "validate {0}/missing.xlsx", 2 },
        { "generate {0}/sample.xlsx --out {0}/library --as-of 2026-12-01", 0 },
        { "generate {0}/errors.xlsx --out {0}/library", 1 },
        { "generate {0}/missing.xlsx --out {0}/library", 2 },
        { "generate {0}/sample.xlsx --out {0}/notes.txt", 2 },
        { "generate {0}/sample.xlsx --out {0}/notes.txt/library", 2 },
        { "generate {0}/sample.xlsx --out /proc/officeinfra-library", 2 },
        { "publish {0}/sample.xlsx --site https://contoso.sharepoint.com/sites/hr --plan", 2 },
        { "templates export {0}/exported", 0 },
        { "templates export {0}/notes.txt", 2 },
        { "templates check {0}/edited", 1 },
        { "frobnicate", 2 },
        { "generate {0}/sample.xlsx", 2 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Verb_AsReadmeSays_ExitsWithItsCode(string command, int code)
    {
        var args = string.Format(System.Globalization.CultureInfo.InvariantCulture, command, _folder.Path).Split(' ');
        using var cli = CliProcess.Start(new Dictionary<string, string> { ["HOME"] = _folder.Path }, args);

        (await cli.WaitAsync(Bound)).Should().Be(code, cli.Output);
        cli.Output.Should().NotContain("   at ").And.NotContain("Exception");
        File.ReadAllText(_folder.File("notes.txt")).Should().Be("a user's file");
    }
}
