using System.Net;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http;

public sealed class GenerateApiTests : IDisposable
{
    private readonly ServiceFactory _service = new(new() { ["Jobs:Concurrency"] = "2", ["Jobs:QueueCapacity"] = "4" });

    public void Dispose() => _service.Dispose();

    private static OfficeInfra.Registers.Model.RegisterSet TwoRoles(string second = "Clerk") => RegisterSetBuilder.Valid()
        .Role(second, "Ops", reportsTo: "Boss", holder: "Bo")
        .Task("File the post", "Ops", role: second)
        .Build();

    [Fact]
    public async Task Generate_ValidRegisters_Answers202WithTheQueuedJob()
    {
        var response = await _service.CreateClient().PostAsync("/api/generate", Api.Run(TwoRoles()));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var job = await Api.ReadJson(response);
        job.GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        job.GetProperty("kind").GetString().Should().Be("generate");
        response.Headers.Location!.ToString().Should().Be($"/api/jobs/{job.GetProperty("id").GetString()}");
        // The worker takes the job after the 202 has gone out: wait for it to finish before asking what it ran.
        await Api.Finished(_service.CreateClient(), response.Headers.Location!.ToString());
        _service.Runner.Runs.Should().ContainSingle().Which.AsOf.Should().Be(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public async Task Events_FollowedToTheEnd_ShowProgressThenTheFinishedJobWithDownloads()
    {
        var client = _service.CreateClient();
        _service.Runner.Hold();
        var started = await client.PostAsync("/api/generate", Api.Run(TwoRoles()));
        var location = started.Headers.Location!.ToString();

        // Released only once the stream has shown the held first step: a fixed pause let a slow first request reach
        // the stream after the job had finished, so its first event was "done".
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Api.Events(client, location + "/events", (name, data) =>
        {
            if (name == "progress" && data.GetProperty("total").GetInt32() > 0)
            {
                held.TrySetResult();
            }
        });
        await Task.WhenAny(held.Task, reading).WaitAsync(TimeSpan.FromSeconds(30));
        _service.Runner.Release();
        var events = await reading;

        events.Select(e => e.Event).Should().StartWith("progress").And.EndWith("done");
        // The runner is held at its first step, so that step is always seen; later steps may coalesce (the stream sends the latest state).
        var progress = events.Where(e => e.Event == "progress").Select(e => e.Data.GetProperty("done").GetInt32()).ToList();
        progress.Should().BeInAscendingOrder();
        events.Should().Contain(e => e.Event == "progress" && e.Data.GetProperty("total").GetInt32() == 3 && e.Data.GetProperty("done").GetInt32() == 0);
        var done = events[^1].Data;
        done.GetProperty("status").GetString().Should().Be("succeeded");
        done.GetProperty("progress").GetProperty("done").GetInt32().Should().Be(done.GetProperty("progress").GetProperty("total").GetInt32());
        var documents = done.GetProperty("result").GetProperty("documents").EnumerateArray().ToList();
        documents.Should().HaveCount(2);
        var clerk = documents.Single(d => d.GetProperty("subject").GetString() == "Clerk");
        clerk.GetProperty("kind").GetString().Should().Be("job-description");
        clerk.GetProperty("url").GetString().Should().EndWith("/files/Ops/Job%20Descriptions/Clerk.docx");

        var file = await client.GetAsync(clerk.GetProperty("url").GetString());
        file.StatusCode.Should().Be(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await file.Content.ReadAsStringAsync()).Should().Be("job description of Clerk as of 2026-12-01");
    }

    [Fact]
    public async Task Generate_TwoJobsAtOnce_EachKeepsItsOwnDocuments()
    {
        var client = _service.CreateClient();
        _service.Runner.Hold();
        var first = await client.PostAsync("/api/generate", Api.Run(TwoRoles("Clerk")));
        var second = await client.PostAsync("/api/generate", Api.Run(TwoRoles("Driver")));
        var firstJob = Api.Finished(client, first.Headers.Location!.ToString());
        var secondJob = Api.Finished(client, second.Headers.Location!.ToString());
        _service.Runner.Release();

        var jobs = await Task.WhenAll(firstJob, secondJob);

        jobs.Select(j => j.GetProperty("status").GetString()).Should().AllBe("succeeded");
        jobs[0].GetProperty("id").GetString().Should().NotBe(jobs[1].GetProperty("id").GetString());
        var subjects = jobs.Select(j => j.GetProperty("result").GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("subject").GetString()).ToList()).ToList();
        subjects[0].Should().BeEquivalentTo("Boss", "Clerk");
        subjects[1].Should().BeEquivalentTo("Boss", "Driver");
        var clerkUrl = jobs[0].GetProperty("result").GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("subject").GetString() == "Clerk").GetProperty("url").GetString();
        var driverUrl = jobs[1].GetProperty("result").GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("subject").GetString() == "Driver").GetProperty("url").GetString();
        (await client.GetStringAsync(clerkUrl)).Should().Contain("Clerk");
        (await client.GetStringAsync(driverUrl)).Should().Contain("Driver");
    }

    [Fact]
    public async Task Generate_RegistersWithErrors_Is422WithFindingsAndNoJob()
    {
        var response = await _service.CreateClient().PostAsync("/api/generate", Api.Run(Workbooks.WithErrors()));

        var problem = await Api.Problem(response, 422);
        var finding = problem.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        finding.GetProperty("cell").GetString().Should().Be("Tasks!D3");
        _service.Runner.Runs.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"asOf\": \"2026-12-01\"}")]
    [InlineData("{\"registers\": {}, \"asOf\": \"1 December\"}")]
    public async Task Generate_MalformedRequest_Is400Problem(string body)
    {
        var response = await _service.CreateClient().PostAsync("/api/generate", Api.Json(body));

        await Api.Problem(response, 400);
        _service.Runner.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task Generate_QueueFull_Is503Problem()
    {
        using var service = new ServiceFactory(new() { ["Jobs:Concurrency"] = "1", ["Jobs:QueueCapacity"] = "1" });
        var client = service.CreateClient();
        service.Runner.Hold();
        (await client.PostAsync("/api/generate", Api.Run(TwoRoles()))).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await WaitUntil(() => service.Runner.Runs.Count == 1);
        (await client.PostAsync("/api/generate", Api.Run(TwoRoles()))).StatusCode.Should().Be(HttpStatusCode.Accepted);

        var refused = await client.PostAsync("/api/generate", Api.Run(TwoRoles()));

        await Api.Problem(refused, 503);
        service.Runner.Release();
    }

    [Fact]
    public async Task Job_UnknownId_Is404Problem()
    {
        var client = _service.CreateClient();

        await Api.Problem(await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef"), 404);
        await Api.Problem(await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/events"), 404);
        await Api.Problem(await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/files/Ops/x.docx"), 404);
    }

    [Theory]
    [InlineData("Ops/Job%20Descriptions/Nobody.docx")]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("../../../etc/passwd")]
    public async Task File_NotADocumentOfTheJob_Is404Problem(string path)
    {
        var client = _service.CreateClient();
        var started = await client.PostAsync("/api/generate", Api.Run(TwoRoles()));
        var location = started.Headers.Location!.ToString();
        await Api.Finished(client, location);

        await Api.Problem(await client.GetAsync($"{location}/files/{path}"), 404);
    }

    [Fact]
    public async Task Generate_ThroughTheRealLibrary_DocumentsDownloadFromTheirLibraryPaths()
    {
        using var service = new ServiceFactory(runner: new RealLibraryRunner());
        var client = service.CreateClient();
        var registers = RegisterSetBuilder.Valid().Role("Çalışan 客户", "Ops", reportsTo: "Boss").Task("Sweep", "Ops", role: "Çalışan 客户").Build();

        var started = await client.PostAsync("/api/generate", Api.Run(registers));
        var job = await Api.Finished(client, started.Headers.Location!.ToString());

        job.GetProperty("status").GetString().Should().Be("succeeded", job.ToString());
        job.GetProperty("result").GetProperty("applied").GetBoolean().Should().BeTrue();
        var documents = job.GetProperty("result").GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => d.GetProperty("subject").GetString()).Should().BeEquivalentTo("Boss", "Çalışan 客户");
        foreach (var document in documents)
        {
            (await client.GetStringAsync(document.GetProperty("url").GetString()))
                .Should().Be($"{document.GetProperty("subject").GetString()} 2026-12-01");
        }
    }

    [Fact]
    public async Task Generate_RecordsPlanAsked_ItsWorkbookListsEveryDocumentAndItsCsvHasThePurviewColumns()
    {
        using var service = new ServiceFactory(runner: new RealLibraryRunner());
        var client = service.CreateClient();

        var started = await client.PostAsync("/api/generate", Api.Run(TwoRoles(), extra: ", \"recordsPlan\": true"));
        var result = (await Api.Finished(client, started.Headers.Location!.ToString())).GetProperty("result");

        var workbook = await client.GetAsync(result.GetProperty("recordsPlanUrl").GetString());
        workbook.StatusCode.Should().Be(HttpStatusCode.OK);
        workbook.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), false))
        {
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Should().BeEmpty();
            var text = string.Join('\n', document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.InnerText));
            foreach (var path in result.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!))
            {
                text.Should().Contain(path);
            }
        }
        var csv = await client.GetStringAsync(result.GetProperty("filePlanUrl").GetString());
        csv.TrimStart('\uFEFF').Split("\r\n")[0].Should().Be(string.Join(',', OfficeInfra.Publishing.Records.FilePlanCsv.Columns));
    }

    [Fact]
    public async Task Generate_RecordsPlanAsked_TheZipHoldsTheWorkbookAndCsvBesideTheDocuments()
    {
        using var service = new ServiceFactory(runner: new RealLibraryRunner());
        var client = service.CreateClient();

        var started = await client.PostAsync("/api/generate", Api.Run(TwoRoles(), extra: ", \"recordsPlan\": true"));
        var result = (await Api.Finished(client, started.Headers.Location!.ToString())).GetProperty("result");
        using var zip = new System.IO.Compression.ZipArchive(await client.GetStreamAsync(result.GetProperty("zipUrl").GetString()));

        var documents = result.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToList();
        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo(
            [.. documents, OfficeInfra.Publishing.Records.RecordsPlanWorkbook.FileName, OfficeInfra.Publishing.Records.FilePlanCsv.FileName]);
        using var entry = new MemoryStream();
        await using (var stream = zip.GetEntry(OfficeInfra.Publishing.Records.RecordsPlanWorkbook.FileName)!.Open())
        {
            await stream.CopyToAsync(entry);
        }
        entry.ToArray().Should().Equal(await client.GetByteArrayAsync(result.GetProperty("recordsPlanUrl").GetString()));
    }

    [Fact]
    public async Task Generate_RecordsPlanNotAsked_NamesNoPlanAndServesNone()
    {
        using var service = new ServiceFactory(runner: new RealLibraryRunner());
        var client = service.CreateClient();

        var started = await client.PostAsync("/api/generate", Api.Run(TwoRoles()));
        var location = started.Headers.Location!.ToString();
        var result = (await Api.Finished(client, location)).GetProperty("result");

        result.GetProperty("recordsPlanUrl").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        result.GetProperty("filePlanUrl").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        (await client.GetAsync($"{location}/files/Records%20Plan.xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var zip = new System.IO.Compression.ZipArchive(await client.GetStreamAsync(result.GetProperty("zipUrl").GetString()));
        zip.Entries.Select(e => e.FullName).Should().NotContain(OfficeInfra.Publishing.Records.RecordsPlanWorkbook.FileName);
    }

    [Fact]
    public async Task Job_FailingWork_IsFailedWithOneSentenceAndNoStackTrace()
    {
        using var service = new ServiceFactory(realLibrary: true, settings: new() { ["Templates:Path"] = "/no/such/templates" });
        var client = service.CreateClient();

        var started = await client.PostAsync("/api/generate", Api.Run(TwoRoles()));
        var job = await Api.Finished(client, started.Headers.Location!.ToString());

        job.GetProperty("status").GetString().Should().Be("failed");
        job.GetProperty("error").GetProperty("detail").GetString().Should().Contain("templates folder");
        job.ToString().Should().NotContain("   at ");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // A bound, not a speed assert: generous so a loaded CI machine does not fail it.
        for (var i = 0; i < 1200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        condition().Should().BeTrue();
    }
}
