using System.IO.Compression;
using System.Net;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Jobs;

public sealed class JobFilesTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    private static StringContent Body(string organisation = "Contoso Ltd") => Api.Run(RegisterSetBuilder.Valid()
        .Organisation(organisation)
        .Role("Clerk", "Ops", reportsTo: "Boss", holder: "Bo")
        .Task("File the post", "Ops", role: "Clerk")
        .Build());

    [Fact]
    public async Task Zip_SucceededGenerateJob_HoldsEveryDocumentAtItsLibraryPath()
    {
        var client = _service.CreateClient();
        var location = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();
        var job = await Api.Finished(client, location);
        var zipUrl = job.GetProperty("result").GetProperty("zipUrl").GetString();
        zipUrl.Should().Be(location + "/files.zip");

        var response = await client.GetAsync(zipUrl);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().Be("Contoso Ltd.zip");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var documents = job.GetProperty("result").GetProperty("documents").EnumerateArray().ToList();
        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo(documents.Select(d => d.GetProperty("path").GetString()));
        foreach (var document in documents)
        {
            using var entry = zip.GetEntry(document.GetProperty("path").GetString()!)!.Open();
            using var bytes = new MemoryStream();
            await entry.CopyToAsync(bytes);
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.ToArray()))
                .Should().Be(document.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public async Task Zip_NoOrganisationName_IsNamedLibrary()
    {
        var client = _service.CreateClient();
        var location = (await client.PostAsync("/api/generate", Body(organisation: ""))).Headers.Location!.ToString();
        await Api.Finished(client, location);

        var response = await client.GetAsync(location + "/files.zip");

        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be("library.zip");
    }

    [Fact]
    public async Task Zip_JobStillRunning_Is409Problem()
    {
        var client = _service.CreateClient();
        _service.Runner.Hold();
        var location = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();

        var problem = await Api.Problem(await client.GetAsync(location + "/files.zip"), 409);

        problem.GetProperty("errorKind").GetString().Should().Be("job-not-succeeded");
        _service.Runner.Release();
    }

    [Fact]
    public async Task Zip_UnknownJob_Is404Problem() =>
        await Api.Problem(await _service.CreateClient().GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/files.zip"), 404);

    [Fact]
    public async Task JobAnswers_AreNeverCached()
    {
        var client = _service.CreateClient();
        var started = await client.PostAsync("/api/generate", Body());
        var location = started.Headers.Location!.ToString();
        var job = await Api.Finished(client, location);
        var document = job.GetProperty("result").GetProperty("documents")[0].GetProperty("url").GetString()!;

        foreach (var response in new[] { started, await client.GetAsync(location), await client.GetAsync(location + "/events"), await client.GetAsync(document) })
        {
            response.Headers.CacheControl!.NoStore.Should().BeTrue(response.RequestMessage!.RequestUri!.AbsolutePath);
        }
    }

    [Fact]
    public async Task JobFolder_AfterGenerating_IsReadableByTheServiceUserOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var client = _service.CreateClient();
        var location = (await client.PostAsync("/api/generate", Body())).Headers.Location!.ToString();
        await Api.Finished(client, location);
        var folder = Path.Combine(_service.JobsFolder, location.Split('/')[^1]);

        const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        File.GetUnixFileMode(_service.JobsFolder).Should().Be(Private);
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Append(new DirectoryInfo(folder)).ToList();
        entries.OfType<FileInfo>().Should().NotBeEmpty();
        entries.Should().AllSatisfy(e => e.UnixFileMode.Should().Be(e is DirectoryInfo ? Private : UnixFileMode.UserRead | UnixFileMode.UserWrite, e.FullName));
    }
}
