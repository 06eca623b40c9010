using System.Text.Json.Nodes;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>One publish at a time per library (issue 21): manifest.json is replaced only if unchanged since it was read.</summary>
public sealed class SharePointConcurrencyTests
{
    [Fact]
    public async Task ApplyAsync_TwoPublishesStartedTogether_OneAppliedWholeTheOtherRefusedWithNothingChanged()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var first = TestLibrary.Create(version: "v1");
        await sp.PublishAsync(first);
        var a = TestLibrary.Create(rolesPerDepartment: 3, version: "a");
        var b = TestLibrary.Create(rolesPerDepartment: 3, version: "b");
        var (targetA, targetB) = (sp.Target(), sp.Target());
        var planA = FakeSharePoint.Plan(a, await targetA.ReadAsync());
        var planB = FakeSharePoint.Plan(b, await targetB.ReadAsync());

        var runs = new[] { Outcome(targetA.ApplyAsync(planA, a)), Outcome(targetB.ApplyAsync(planB, b)) };
        var outcomes = await Task.WhenAll(runs);

        outcomes.Count(o => o is null).Should().Be(1, "exactly one publish goes through");
        outcomes.OfType<OfficeInfraException>().Should().ContainSingle().Which.Message.Should().Contain("nothing was changed");
        var winner = outcomes[0] is null ? a : b;
        var files = sp.Server.Library.Files();
        files.Keys.Should().BeEquivalentTo(winner.Documents.Select(d => d.Path).Append("manifest.json"));
        winner.Documents.Should().OnlyContain(d => files[d.Path].SequenceEqual(d.Content), "the winner's documents, never a mix");

        var loser = outcomes[0] is null ? b : a;
        await sp.PublishAsync(loser);
        loser.Documents.Should().OnlyContain(d => sp.Server.Library.Files()[d.Path].SequenceEqual(d.Content), "the refused publish goes through when run again");
    }

    [Fact]
    public async Task ApplyAsync_AnotherPublishHoldsTheLibrary_StopsWithASentenceUntilItsClaimLapses()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        await sp.PublishAsync(TestLibrary.Create(version: "v1"));
        Claim(sp, DateTimeOffset.UtcNow.AddMinutes(20));
        sp.Server.ClearRequests();
        var next = TestLibrary.Create(version: "v2");

        var blocked = () => sp.PublishAsync(next);

        (await blocked.Should().ThrowAsync<OfficeInfraException>()).Which.Message.Should().Contain("Another publish of this library started at");
        sp.Server.Requests.Where(r => r.Method != "GET").Should().BeEmpty("nothing changes while another publish holds the library");
        Claim(sp, DateTimeOffset.UtcNow.AddMinutes(-1));
        await sp.PublishAsync(next);
        sp.Server.Library.Files()["Board/SOPs/Month end.docx"].Should().Equal(next.Documents.Single(d => d.Path == "Board/SOPs/Month end.docx").Content);
        JsonNode.Parse(sp.Server.Library.Files()["manifest.json"])!["publishing"].Should().BeNull("a publish that ends, ends its claim");
    }

    [Fact]
    public async Task ApplyAsync_RunCancelled_ItsClaimEndsSoTheNextRunGoesThrough()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create(rolesPerDepartment: 4);
        using var stop = new CancellationTokenSource();
        sp.Server.AfterRequest = r =>
        {
            if (r.Path.EndsWith("/content", StringComparison.Ordinal) && r.Method == "PUT" && !r.Path.Contains("manifest", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        };

        var cancelled = () => sp.PublishAsync(desired, cancellationToken: stop.Token);

        await cancelled.Should().ThrowAsync<OperationCanceledException>();
        sp.Server.AfterRequest = null;
        JsonNode.Parse(sp.Server.Library.Files()["manifest.json"])!["publishing"].Should().BeNull();
        await sp.PublishAsync(desired);
        desired.Documents.Should().OnlyContain(d => sp.Server.Library.Files()[d.Path].SequenceEqual(d.Content));
    }

    /// <summary>Writes a claim into the manifest as another publish would.</summary>
    private static void Claim(FakeSharePoint sp, DateTimeOffset until)
    {
        var manifest = JsonNode.Parse(sp.Server.Library.Files()["manifest.json"])!.AsObject();
        manifest["publishing"] = new JsonObject { ["id"] = "other", ["started"] = until.AddMinutes(-30), ["until"] = until };
        sp.Server.Library.WriteFile("manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
    }

    private static async Task<Exception?> Outcome(Task run)
    {
        try
        {
            await run;
            return null;
        }
        catch (OfficeInfraException e)
        {
            return e;
        }
    }
}
