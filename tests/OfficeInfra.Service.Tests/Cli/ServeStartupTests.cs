using System.Net;
using System.Net.Sockets;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Cli;

/// <summary><c>serve</c> that cannot start, run as the real process: one sentence on stderr, exit 2, no stack trace.</summary>
public sealed class ServeStartupTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // HOME in a fresh folder: no developer certificate, whatever this machine has; job output in the test's folder.
    private Dictionary<string, string> Environment(params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = _folder.Path,
            ["OFFICEINFRA_Jobs__Folder"] = _folder.File("jobs"),
            ["OFFICEINFRA_Addin__Path"] = _folder.File("no-addin"),
        };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }
        return environment;
    }

    private static async Task<string> FailsWithOneSentence(CliProcess serve)
    {
        var code = await serve.WaitAsync(Bound);
        code.Should().Be(2, serve.Output);
        serve.Output.Should().NotContain("   at ").And.NotContain("Exception");
        // Log entries (a "warn:" line and its indented text) may come first; the user's sentence is the one plain line.
        var lines = serve.Output.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !char.IsWhiteSpace(l[0]) && !System.Text.RegularExpressions.Regex.IsMatch(l, "^(trce|dbug|info|warn|fail|crit): ")).ToList();
        return lines.Should().ContainSingle(serve.Output).Which;
    }

    [Fact]
    public async Task Serve_PortTaken_SaysSoExit2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        using var serve = CliProcess.Start(Environment(), "serve", "--urls", url);

        (await FailsWithOneSentence(serve)).Should().Be($"Cannot listen on {url}: another program is using that port; stop it or choose another address with --urls.");
    }

    [Fact]
    public async Task Serve_HttpsWithoutCertificate_SaysHowToGetOneExit2()
    {
        using var serve = CliProcess.Start(Environment(), "serve", "--urls", "https://127.0.0.1:0");

        (await FailsWithOneSentence(serve)).Should().StartWith("HTTPS needs a certificate").And.Contain("dotnet dev-certs https");
    }

    [Fact]
    public async Task Serve_CertificateFileMissing_NamesItExit2()
    {
        var missing = _folder.File("missing.pfx");
        using var serve = CliProcess.Start(Environment(("Kestrel__Certificates__Default__Path", missing)), "serve", "--urls", "https://127.0.0.1:0");

        (await FailsWithOneSentence(serve)).Should().Contain(missing);
    }

    [Theory]
    [InlineData("OFFICEINFRA_Jobs__Concurrency", "abc", "The setting Jobs:Concurrency is 'abc', which is not a whole number")]
    [InlineData("OFFICEINFRA_Jobs__Timeout", "soon", "The setting Jobs:Timeout is 'soon', which is not a time span such as 00:10:00")]
    [InlineData("OFFICEINFRA_Jobs__Concurrency", "0", "The setting Jobs:Concurrency is 0; it must be 1 or more.")]
    [InlineData("OFFICEINFRA_Limits__RequestsPerMinute", "many", "The setting Limits:RequestsPerMinute is 'many', which is not a whole number")]
    [InlineData("OFFICEINFRA_Jobs__Store", "Postgres", "The setting Jobs:Store is 'Postgres', which is not Sqlite or PostgreSql")]
    [InlineData("OFFICEINFRA_Jobs__Store", "PostgreSql", "The setting Jobs:Store is PostgreSql, so Jobs:ConnectionString must name the database")]
    public async Task Serve_BadSetting_NamesItExit2(string variable, string value, string sentence)
    {
        using var serve = CliProcess.Start(Environment((variable, value)), "serve", "--urls", "http://127.0.0.1:0");

        (await FailsWithOneSentence(serve)).Should().StartWith(sentence);
    }

    [Fact]
    public async Task Serve_JobDatabaseUnreachable_SaysSoExit2()
    {
        var nowhere = $"Host={Path.Combine(Path.GetTempPath(), "no-postgres-" + Guid.NewGuid().ToString("N")[..8])};Username=officeinfra;Database=officeinfra";
        using var serve = CliProcess.Start(Environment(("OFFICEINFRA_Jobs__Store", "PostgreSql"), ("OFFICEINFRA_Jobs__ConnectionString", nowhere)),
            "serve", "--urls", "http://127.0.0.1:0");

        (await FailsWithOneSentence(serve)).Should().StartWith("The job database named by Jobs:ConnectionString cannot be used");
    }
}
