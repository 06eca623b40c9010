using System.Net;
using System.Text.Json;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Security;

/// <summary>
/// Pruning deletes documents and permissions, so over HTTP it applies only the plan the caller saw: the dry run's
/// result carries <c>planHash</c>, the applying request sends it back as <c>confirmPlan</c>. Runs the real library
/// code against a local folder standing in for SharePoint.
/// </summary>
public sealed class PruneConfirmationTests : IDisposable
{
    private readonly ServiceFactory _service = new(new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/configured" }, realLibrary: true);

    public void Dispose() => _service.Dispose();

    private async Task<JsonElement> Publish(string extra)
    {
        var client = _service.CreateClient();
        var started = await client.PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: extra));
        started.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return await Api.Finished(client, started.Headers.Location!.ToString());
    }

    private string[] LibraryFiles() => Directory.Exists(_service.SharePoint.Folder)
        ? [.. Directory.EnumerateFiles(_service.SharePoint.Folder, "*", SearchOption.AllDirectories)]
        : [];

    [Theory]
    [InlineData("\"pruneDocuments\": true")]
    [InlineData("\"prunePermissions\": true")]
    [InlineData("\"pruneDocuments\": true, \"dryRun\": false")]
    public async Task Prune_WithoutConfirmPlan_Is409AndStartsNothing(string flags)
    {
        var response = await _service.CreateClient().PostAsync("/api/publish", Api.Run(RegisterSetBuilder.Valid().Build(), extra: ", " + flags));

        var problem = await Api.Problem(response, 409);
        problem.GetProperty("errorKind").GetString().Should().Be("plan-not-confirmed");
        problem.GetProperty("detail").GetString().Should().Contain("planHash").And.Contain("confirmPlan");
        _service.SharePoint.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Prune_ConfirmingTheDryRunsPlan_AppliesIt()
    {
        var dryRun = await Publish(", \"dryRun\": true, \"pruneDocuments\": true, \"prunePermissions\": true");
        var hash = dryRun.GetProperty("result").GetProperty("planHash").GetString();

        var applied = await Publish($", \"pruneDocuments\": true, \"prunePermissions\": true, \"confirmPlan\": \"{hash}\"");

        applied.GetProperty("status").GetString().Should().Be("succeeded");
        applied.GetProperty("result").GetProperty("applied").GetBoolean().Should().BeTrue();
        applied.GetProperty("result").GetProperty("planHash").GetString().Should().Be(hash, "the plan applied is the plan confirmed");
        LibraryFiles().Should().Contain(f => f.EndsWith(".docx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prune_LibraryChangedSinceTheDryRun_FailsAsPlanChangedAndChangesNothing()
    {
        var dryRun = await Publish(", \"dryRun\": true, \"pruneDocuments\": true");
        var hash = dryRun.GetProperty("result").GetProperty("planHash").GetString();
        await Publish(string.Empty);
        var before = LibraryFiles().ToDictionary(f => f, File.ReadAllBytes);

        var failed = await Publish($", \"pruneDocuments\": true, \"confirmPlan\": \"{hash}\"");

        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("error").GetProperty("title").GetString().Should().Be("The plan changed");
        failed.GetProperty("error").GetProperty("detail").GetString().Should().Contain("nothing was changed");
        LibraryFiles().ToDictionary(f => f, File.ReadAllBytes).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Prune_MadeUpConfirmation_FailsAsPlanChanged()
    {
        var failed = await Publish(", \"prunePermissions\": true, \"confirmPlan\": \"0000\"");

        failed.GetProperty("error").GetProperty("title").GetString().Should().Be("The plan changed");
        LibraryFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task Publish_WithoutPruning_NeedsNoConfirmation()
    {
        var applied = await Publish(string.Empty);

        applied.GetProperty("status").GetString().Should().Be("succeeded");
        applied.GetProperty("result").GetProperty("applied").GetBoolean().Should().BeTrue();
    }
}
