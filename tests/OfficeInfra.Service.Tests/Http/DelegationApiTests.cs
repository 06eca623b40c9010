using System.Net;
using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Http;

public sealed class DelegationApiTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Delegation_SampleRegisters_ReturnsTheReportsFigures()
    {
        var response = await _service.CreateClient().PostAsync("/api/delegation", Api.Registers(OfficeInfra.Registers.Sample.SampleOrganisation.Create()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await Api.ReadJson(response);
        body.GetProperty("delegations").GetArrayLength().Should().Be(6);
        var coo = body.GetProperty("byDoer")[0];
        coo.GetProperty("doneBy").GetString().Should().Be("Chief Operating Officer");
        coo.GetProperty("tasks").GetInt32().Should().Be(5);
        coo.GetProperty("byFrequency").GetProperty("daily").GetInt32().Should().Be(4);
        body.GetProperty("vacantRoles")[0].GetProperty("role").GetString().Should().Be("Technician");
    }

    [Fact]
    public async Task Delegation_NotJson_Is415()
    {
        var response = await _service.CreateClient().PostAsync("/api/delegation", Api.Xlsx(Workbooks.Sample()));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }
}
