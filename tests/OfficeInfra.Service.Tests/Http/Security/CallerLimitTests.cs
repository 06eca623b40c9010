using System.Net;
using System.Net.Http.Headers;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

public sealed class CallerLimitTests
{
    [Fact]
    public async Task Events_RateLimited_Is429ProblemWithRetryAfterAndNoStackTrace()
    {
        // The add-in's events call accepts only text/event-stream; no problem writer takes that type.
        using var service = new ServiceFactory(new() { ["Limits:RequestsPerMinute"] = "1" });
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/events");

        var refused = await client.GetAsync("/api/jobs/0123456789abcdef0123456789abcdef/events");

        var problem = await Api.Problem(refused, 429);
        problem.GetProperty("errorKind").GetString().Should().Be("rate-limited");
        refused.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
        service.Logs.Lines.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_MoreAtOnceThanTheCallerCap_Is429UntilOneFinishes()
    {
        using var service = new ServiceFactory(new() { ["Limits:ValidationsPerCaller"] = "2" });
        var client = Unbuffered(service);
        var workbook = Workbooks.Sample();
        var held = new[] { new HeldBody(), new HeldBody() };
        var running = held.Select(body => client.PostAsync("/api/validate", body)).ToArray();
        await Task.WhenAll(held.Select(b => b.Reading));

        var refused = await client.PostAsync("/api/validate", Api.Xlsx(workbook));
        foreach (var body in held)
        {
            body.Release();
        }
        var finished = await Task.WhenAll(running);
        var after = await client.PostAsync("/api/validate", Api.Xlsx(workbook));

        var problem = await Api.Problem(refused, 429);
        problem.GetProperty("errorKind").GetString().Should().Be("too-many-validations");
        problem.GetProperty("detail").GetString().Should().Contain("2 validations running");
        refused.Headers.RetryAfter.Should().NotBeNull();
        finished.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Validate_CapIsPerCaller_AnotherUserIsNotRefused()
    {
        using var service = new ServiceFactory(ServiceFactory.Entra(new() { ["Limits:ValidationsPerCaller"] = "1" }));
        var alice = Unbuffered(service);
        alice.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create(user: "alice"));
        var bob = Unbuffered(service);
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Shared.Create(user: "bob"));
        var workbook = Workbooks.Sample();
        var held = new HeldBody();
        var running = alice.PostAsync("/api/validate", held);
        await held.Reading;

        var alices = await alice.PostAsync("/api/validate", Api.Xlsx(workbook));
        var bobs = await bob.PostAsync("/api/validate", Api.Xlsx(workbook));
        held.Release();

        bobs.StatusCode.Should().Be(HttpStatusCode.OK);
        await Api.Problem(alices, 429);
        (await running).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // The default test client buffers a request body (to replay it on a redirect): a held body would never leave it.
    private static HttpClient Unbuffered(ServiceFactory service) =>
        service.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// Registers JSON behind 1 MiB of leading spaces (valid JSON). Writing the spaces completes only once the service
    /// has read most of them (the test server's body pipe pushes back above 64 KiB), so when <see cref="Reading"/>
    /// completes the validation is inside its handler; the rest waits until <see cref="Release"/>.
    /// </summary>
    private sealed class HeldBody : HttpContent
    {
        private static readonly byte[] Padding = System.Text.Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
        private readonly byte[] _json = System.Text.Encoding.UTF8.GetBytes(OfficeInfra.Registers.Writing.JsonRegisterWriter.Write(RegisterSetBuilder.Valid().Build()));
        private readonly TaskCompletionSource _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody() => Headers.ContentType = new MediaTypeHeaderValue("application/json");

        public Task Reading => _reading.Task;

        public void Release() => _released.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Padding);
            await stream.FlushAsync();
            _reading.TrySetResult();
            await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await stream.WriteAsync(_json);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Padding.Length + _json.Length;
            return true;
        }
    }
}
