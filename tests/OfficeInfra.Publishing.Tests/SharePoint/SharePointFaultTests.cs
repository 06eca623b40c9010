using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>Throttling, outages, cut connections and runs that die: nothing lost, nothing duplicated.</summary>
public sealed class SharePointFaultTests
{
    private const int ElevenMiB = 11 * 1024 * 1024;

    [Fact]
    public async Task ApplyAsync_LargeFileAndCutMidUpload_UploadSessionCompletesTheFile()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create(largeFileBytes: ElevenMiB);
        var chunks = 0;
        // Cut the second slice of the upload session mid-body.
        sp.Server.Faults.Next(FaultKind.ConnectionCut, (method, path) => method == "PUT" && path.StartsWith("/upload/", StringComparison.Ordinal) && ++chunks == 2);

        await sp.PublishAsync(desired, sp.Target(sp.LargeFileOptions()));

        var big = desired.Documents.Single(d => d.Path == "Operations/Big chart.pptx");
        sp.Server.Library.Files()[big.Path].Should().Equal(big.Content);
        var uploads = sp.Server.Requests.Where(r => r.Path.StartsWith("/upload/", StringComparison.Ordinal)).ToList();
        uploads.Should().Contain(r => r.Fault == FaultKind.ConnectionCut);
        uploads.Count(r => r.Method == "PUT" && r.Fault == null).Should().BeGreaterThanOrEqualTo(3, "11 MiB goes in 5 MiB slices");
        uploads.Should().OnlyContain(r => !r.HadAuthorization, "upload URLs carry their own authorisation");
        sp.Server.Requests.Should().NotContain(r => r.Method == "PUT" && r.Path.Contains("Big%20chart", StringComparison.Ordinal) && r.Path.EndsWith("/content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_SliceFailsBeyondRetries_UploadResumesFromServersExpectedRange()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create(rolesPerDepartment: 1, largeFileBytes: ElevenMiB);
        var slices = 0;
        static bool IsSlice(string method, string path) => method == "PUT" && path.StartsWith("/upload/", StringComparison.Ordinal);
        // The second slice is cut twice in a row: more than the one retry allowed, so the upload task has to ask
        // the session where it stands and go on from there.
        sp.Server.Faults.Next(FaultKind.ConnectionCut, (method, path) => IsSlice(method, path) && ++slices == 2);
        sp.Server.Faults.Next(FaultKind.ConnectionCut, (method, path) => IsSlice(method, path) && slices >= 2);

        await sp.PublishAsync(desired, sp.Target(sp.LargeFileOptions(maxRetries: 1)));

        var big = desired.Documents.Single(d => d.Path == "Operations/Big chart.pptx");
        sp.Server.Library.Files()[big.Path].Should().Equal(big.Content);
        sp.Server.Requests.Count(r => r.Fault == FaultKind.ConnectionCut).Should().Be(2);
        sp.Server.Requests.Should().Contain(r => r.Method == "GET" && r.Path.StartsWith("/upload/", StringComparison.Ordinal), "resuming reads nextExpectedRanges");
        sp.Server.Requests.Count(r => r.Path.EndsWith("/createUploadSession", StringComparison.Ordinal)).Should().Be(1, "the same session is resumed");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public async Task ApplyAsync_RandomFaultsAtSeededRate_FinalStateEqualsPlanExactly(int seed)
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Faults.RetryAfterSeconds = 0;
        sp.Server.Faults.TimeoutDelay = TimeSpan.FromSeconds(3);
        sp.Server.Faults.Random(0.12, seed);
        var desired = TestLibrary.Create(rolesPerDepartment: 4);

        var plan = await sp.PublishAsync(desired);

        sp.Server.Requests.Should().Contain(r => r.Fault != null, "the run must have met faults");
        sp.Server.Faults.Clear();
        var files = sp.Server.Library.Files();
        files.Keys.Should().BeEquivalentTo(desired.Documents.Select(d => d.Path).Append("manifest.json"));
        desired.Documents.Should().OnlyContain(d => files[d.Path].SequenceEqual(d.Content));
        sp.Server.Library.DuplicateNames().Should().Be(0);
        plan.FoldersToCreate.Should().OnlyContain(f => sp.Server.Library.Folders().Contains(f));
        foreach (var folder in desired.Folders)
        {
            sp.Server.Library.HasUniquePermissions(folder.Path).Should().BeTrue();
            sp.Server.Library.EffectivePermissions(folder.Path).Should().HaveCount(folder.Grants.Count);
        }
        (await sp.PublishAsync(desired)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task ApplyAsync_ThrottledWithRetryAfter_WaitsAtLeastThatLong()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Faults.RetryAfterSeconds = 1;
        sp.Server.Faults.Next(FaultKind.Throttle429, (method, path) => method == "PUT" && path.Contains("Org%20Chart.pptx", StringComparison.Ordinal));
        sp.Server.Faults.Next(FaultKind.Unavailable503, (method, path) => method == "POST" && path.Contains("addroleassignment", StringComparison.Ordinal));

        await sp.PublishAsync(TestLibrary.Create());

        foreach (var throttled in sp.Server.Requests.Where(r => r.Fault is FaultKind.Throttle429 or FaultKind.Unavailable503))
        {
            var retry = sp.Server.Requests.Where(r => r.Path == throttled.Path && r.Method == throttled.Method && r.At > throttled.At).MinBy(r => r.At);
            retry.Should().NotBeNull();
            (retry!.At - throttled.At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.95), "Retry-After said 1 s");
            retry.Status.Should().BeInRange(200, 299);
        }
        sp.Server.Requests.Count(r => r.Fault != null).Should().Be(2);
    }

    [Fact]
    public async Task ApplyAsync_RunDiedHalfway_RerunFinishesWithNothingLostOrDuplicated()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        var desired = TestLibrary.Create(rolesPerDepartment: 4);
        using var kill = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done >= 10)
            {
                kill.Cancel();
            }
        });

        var died = async () => await sp.PublishAsync(desired, sp.Target(sp.Options(maxConcurrency: 1)), progress: progress, cancellationToken: kill.Token);

        await died.Should().ThrowAsync<OperationCanceledException>();
        sp.Server.Library.Files().Count.Should().BeLessThan(desired.Documents.Count, "the run died before the end");
        await sp.PublishAsync(desired);
        var files = sp.Server.Library.Files();
        files.Keys.Should().BeEquivalentTo(desired.Documents.Select(d => d.Path).Append("manifest.json"));
        desired.Documents.Should().OnlyContain(d => files[d.Path].SequenceEqual(d.Content));
        sp.Server.Library.DuplicateNames().Should().Be(0);
        (await sp.PublishAsync(desired)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task ApplyAsync_FaultsOutlastRetries_OneClearTargetFailure()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Faults.RetryAfterSeconds = 0;
        sp.Server.Faults.Random(1.0, 3, FaultKind.Unavailable503);

        var act = () => sp.PublishAsync(TestLibrary.Create(), sp.Target(sp.Options(maxRetries: 2)));

        (await act.Should().ThrowAsync<OfficeInfraException>()).Which.Kind.Should().Be(ErrorKind.TargetFailed);
    }

    [Fact]
    public async Task ApplyAsync_AnyRun_EveryRequestTaggedAndWithinConcurrencyLimit()
    {
        await using var sp = await FakeSharePoint.StartAsync();
        sp.Server.Latency = TimeSpan.FromMilliseconds(20);
        var reports = new List<WorkProgress>();

        await sp.PublishAsync(TestLibrary.Create(rolesPerDepartment: 5), sp.Target(sp.Options(maxConcurrency: 2)), progress: new SynchronousProgress(reports.Add));

        sp.Server.Requests.Should().OnlyContain(r => r.UserAgent != null && r.UserAgent.StartsWith("ISV|OfficeInfra|OfficeInfra/1.0", StringComparison.Ordinal));
        sp.Server.MaxInFlight.Should().BeLessThanOrEqualTo(2);
        reports.Should().NotBeEmpty();
        reports.Max(r => r.Done).Should().Be(reports[0].Total);
    }

    /// <summary>Reports on the caller's thread, so a test sees every report before the next step.</summary>
    private sealed class SynchronousProgress(Action<WorkProgress> report) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
