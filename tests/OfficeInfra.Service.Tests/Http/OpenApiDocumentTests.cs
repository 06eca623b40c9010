using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Http;

/// <summary>
/// The add-in's checked-in copy of /openapi/v1.json (addin/src/api/openapi.v1.json, from which its API types are
/// generated) must be what the service serves today. `bash addin/scripts/generate-api-types.sh` rewrites it.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private const string RelativePath = "addin/src/api/openapi.v1.json";

    [Fact]
    public async Task AddinCopy_ComparedWithTheServedDocument_IsUpToDate()
    {
        using var service = new ServiceFactory();
        var served = JsonNode.Parse(await service.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        // Where the document was fetched from is not part of the contract.
        served.Remove("servers");
        var expected = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = Path.Combine(RepositoryRoot(), RelativePath);
        if (Environment.GetEnvironmentVariable("OFFICEINFRA_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, expected);
        }

        var actual = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : string.Empty;

        actual.Should().Be(expected, $"{RelativePath} must be the service's /openapi/v1.json: run bash addin/scripts/generate-api-types.sh");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OfficeInfra.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
