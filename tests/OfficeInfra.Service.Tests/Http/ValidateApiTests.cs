using System.Net;
using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Http;

public sealed class ValidateApiTests : IDisposable
{
    private readonly ServiceFactory _service = new(new() { ["Limits:MaxRequestBytes"] = "200000" });

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Validate_RegistersJson_ReturnsFindingsWithCells()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Registers(Workbooks.WithErrors()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await Api.ReadJson(response);
        body.GetProperty("errors").GetInt32().Should().Be(1);
        var error = body.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        error.GetProperty("code").GetString().Should().Be("unknown-role");
        error.GetProperty("cell").GetString().Should().Be("Tasks!D3");
        error.GetProperty("row").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Validate_RawXlsx_ReturnsTheSamplesVacantRole()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Xlsx(Workbooks.Sample()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var findings = (await Api.ReadJson(response)).GetProperty("findings").EnumerateArray().ToList();
        findings.Where(f => f.GetProperty("sheet").GetString() == "Journey").Select(f => f.GetProperty("cell").GetString())
            .Should().Equal("Journey!G8", "Journey!F9", "Journey!F10");
        var finding = findings.Single(f => f.GetProperty("sheet").GetString() == "Roles");
        finding.GetProperty("code").GetString().Should().Be("vacant-role");
        finding.GetProperty("cell").GetString().Should().Be("Roles!E4");
    }

    [Fact]
    public async Task Validate_Sample_SummarisesTheRegistersAsTheDocumentsCountThem()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Xlsx(Workbooks.Sample()));

        var summary = (await Api.ReadJson(response)).GetProperty("summary");
        summary.GetProperty("departments").GetInt32().Should().Be(6);
        summary.GetProperty("rolesFilled").GetInt32().Should().Be(12);
        summary.GetProperty("rolesVacant").GetInt32().Should().Be(1, "the Technician, whom the sample leaves vacant");
        summary.GetProperty("roleTypes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())
            .Should().Equal(new Dictionary<string, int> { ["Employee"] = 8, ["Outsourced"] = 2, ["Freelancer"] = 1, ["Intern"] = 1, ["Volunteer"] = 1 });
        summary.GetProperty("tooManyDepartments").GetBoolean().Should().BeFalse();
        (summary.GetProperty("tasks").GetInt32(), summary.GetProperty("tasksWithoutRole").GetInt32()).Should().Be((37, 0));
        (summary.GetProperty("processes").GetInt32(), summary.GetProperty("processesWithoutKpi").GetInt32()).Should().Be((12, 0));
    }

    [Fact]
    public async Task Validate_MultipartUpload_ReadsTheFile()
    {
        using var form = new MultipartFormDataContent();
        form.Add(Api.Xlsx(Workbooks.Sample()), "workbook", "contoso.xlsx");

        var response = await _service.CreateClient().PostAsync("/api/validate", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Api.ReadJson(response)).GetProperty("warnings").GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task Validate_InvalidJson_Is400Problem()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Json("{\"departments\": [ oops"));

        var problem = await Api.Problem(response, 400);
        problem.GetProperty("title").GetString().Should().Be("Invalid JSON");
    }

    [Theory]
    [InlineData("random-bytes")]
    [InlineData("truncated-zip")]
    [InlineData("docx")]
    [InlineData("no-tasks-sheet")]
    public async Task Validate_UnreadableWorkbook_Is400ProblemInOneSentence(string kind)
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Xlsx(Workbooks.Unreadable(kind)));

        var problem = await Api.Problem(response, 400);
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Validate_BodyOverTheLimit_Is413Problem()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Xlsx(new byte[300_000]));

        await Api.Problem(response, 413);
    }

    [Fact]
    public async Task Validate_ChunkedBodyOverTheLimit_Is413Problem()
    {
        var content = new StreamContent(new MemoryStream(new byte[300_000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _service.CreateClient().SendAsync(request);

        await Api.Problem(response, 413);
    }

    [Fact]
    public async Task Validate_TextBody_Is415ProblemSayingWhatToSend()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", new StringContent("hello"));

        var problem = await Api.Problem(response, 415);
        problem.GetProperty("detail").GetString().Should().Contain("application/json");
    }
}
