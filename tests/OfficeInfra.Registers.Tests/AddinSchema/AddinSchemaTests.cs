namespace OfficeInfra.Registers.Tests.AddinSchema;

/// <summary>
/// The add-in's checked-in schema and the init workbook's shape must be what the C# column table and writer give
/// today. `bash addin/scripts/generate-schema.sh` (OFFICEINFRA_UPDATE_ADDIN_SCHEMA=1) rewrites them.
/// </summary>
public sealed class AddinSchemaTests
{
    public static TheoryData<string> Files => new() { AddinSchemaFile.RelativePath, InitWorkbookShape.RelativePath };

    [Theory]
    [MemberData(nameof(Files))]
    public void CheckedInFile_ComparedWithTheColumnTable_IsUpToDate(string relativePath)
    {
        var expected = relativePath == AddinSchemaFile.RelativePath ? AddinSchemaFile.Render() : InitWorkbookShape.Render();
        var path = Path.Combine(WorkbookRoundTripTests.RepositoryRoot(), relativePath);
        if (Environment.GetEnvironmentVariable("OFFICEINFRA_UPDATE_ADDIN_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;

        actual.Should().Be(expected, $"{relativePath} must be generated from the C# column table: run bash addin/scripts/generate-schema.sh");
    }
}
