using System.Security.Cryptography;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

/// <summary>
/// Issue 17's acceptance: the real service, killed with SIGKILL after a generate job finished and again while one
/// runs. After each restart on the same job folder the finished job's status and files are served, the running one
/// is failed with a reason, and nothing else in the folder is lost.
/// </summary>
public sealed class ServiceKillTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = _folder.Path,
        ["OFFICEINFRA_Jobs__Folder"] = _folder.File("jobs"),
        ["OFFICEINFRA_Addin__Path"] = _folder.File("no-addin"),
        ["OFFICEINFRA_Jobs__Concurrency"] = "1",
    };

    [Fact]
    public async Task Service_KilledAfterAJobAndDuringOne_ServesTheFinishedOneAndFailsTheRunningOne()
    {
        string finished;
        Dictionary<string, string> hashes;
        using (var first = await ServeProcess.StartAsync(Environment()))
        {
            finished = (await first.Client.PostAsync("/api/generate", Api.Run(SampleOrganisation.Create()))).Headers.Location!.ToString();
            var job = await Api.Finished(first.Client, finished);
            job.GetProperty("status").GetString().Should().Be("succeeded", first.Output);
            hashes = job.GetProperty("result").GetProperty("documents").EnumerateArray()
                .ToDictionary(d => d.GetProperty("url").GetString()!, d => d.GetProperty("sha256").GetString()!);
            first.Kill();
        }
        var userFile = _folder.File("jobs/notes.txt");
        await File.WriteAllTextAsync(userFile, "an operator's note");

        string running;
        using (var second = await ServeProcess.StartAsync(Environment()))
        {
            await ServesTheFinishedJob(second.Client, finished, hashes);
            var big = SyntheticOrganisation.Create(roles: 2_000, tasks: 8_000, processes: 200);
            running = (await second.Client.PostAsync("/api/generate", Api.Run(big))).Headers.Location!.ToString();
            // Progress means the worker has started the work, which it does only after recording the job as running.
            var job = await Api.Reached(second.Client, running, "running");
            for (var i = 0; i < 600 && job.GetProperty("progress").GetProperty("total").GetInt32() == 0; i++)
            {
                await Task.Delay(50);
                job = await Api.ReadJson(await second.Client.GetAsync(running));
            }
            second.Kill();
            job.GetProperty("status").GetString().Should().Be("running");
        }

        using var third = await ServeProcess.StartAsync(Environment());
        await ServesTheFinishedJob(third.Client, finished, hashes);
        var killed = await Api.ReadJson(await third.Client.GetAsync(running));
        killed.GetProperty("status").GetString().Should().Be("failed");
        killed.GetProperty("error").GetProperty("title").GetString().Should().Be("Stopped");
        killed.GetProperty("error").GetProperty("detail").GetString().Should().Contain("stopped while this job ran");
        (await File.ReadAllTextAsync(userFile)).Should().Be("an operator's note");
    }

    private static async Task ServesTheFinishedJob(HttpClient client, string location, Dictionary<string, string> hashes)
    {
        var job = await Api.ReadJson(await client.GetAsync(location));
        job.GetProperty("status").GetString().Should().Be("succeeded");
        job.GetProperty("result").GetProperty("documents").GetArrayLength().Should().Be(hashes.Count);
        foreach (var (url, sha) in hashes)
        {
            var bytes = await client.GetByteArrayAsync(url);
            Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(sha, url);
        }
        (await client.GetAsync(location + "/files.zip")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }
}
