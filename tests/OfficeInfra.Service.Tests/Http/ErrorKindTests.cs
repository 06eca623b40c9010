using OfficeInfra.Service.Tests.Support;

namespace OfficeInfra.Service.Tests.Http;

/// <summary>Every problem carries a stable errorKind, so the add-in never has to read a title's wording.</summary>
public sealed class ErrorKindTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task UnknownJob_IsJobNotFound()
    {
        var response = await _service.CreateClient().GetAsync("/api/jobs/nope");

        (await Api.Problem(response, 404)).GetProperty("errorKind").GetString().Should().Be("job-not-found");
    }

    [Fact]
    public async Task InvalidJson_IsUnreadableInput()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", Api.Json("{\"departments\": [ oops"));

        (await Api.Problem(response, 400)).GetProperty("errorKind").GetString().Should().Be("unreadable-input");
    }

    [Fact]
    public async Task TextBody_IsUnsupportedMediaType()
    {
        var response = await _service.CreateClient().PostAsync("/api/validate", new StringContent("hello"));

        (await Api.Problem(response, 415)).GetProperty("errorKind").GetString().Should().Be("unsupported-media-type");
    }

    [Fact]
    public async Task RegistersWithErrors_AreRegistersHaveErrors()
    {
        var response = await _service.CreateClient().PostAsync("/api/generate", Api.Run(Workbooks.WithErrors()));

        (await Api.Problem(response, 422)).GetProperty("errorKind").GetString().Should().Be("registers-have-errors");
    }

    [Fact]
    public async Task UnknownRoute_GetsTheKindOfItsStatus()
    {
        var response = await _service.CreateClient().PostAsync("/api/nowhere", Api.Json("{}"));

        (await Api.Problem(response, 404)).GetProperty("errorKind").GetString().Should().Be("not-found");
    }

    [Theory]
    [InlineData(ErrorKind.UnreadableInput, "unreadable-input")]
    [InlineData(ErrorKind.RegistersHaveErrors, "registers-have-errors")]
    [InlineData(ErrorKind.Configuration, "not-configured")]
    [InlineData(ErrorKind.InvalidTemplate, "invalid-template")]
    [InlineData(ErrorKind.TargetFailed, "target-failed")]
    public void Of_EachErrorKind_HasItsStableWord(ErrorKind kind, string word) =>
        OfficeInfra.Service.Http.ErrorKinds.Of(kind).Should().Be(word);
}
