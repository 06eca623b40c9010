using OfficeInfra.FakeGraph;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>A fake Graph/SharePoint server and targets pointed at it, the way production configures them.</summary>
internal sealed class FakeSharePoint : IAsyncDisposable
{
    private readonly List<SharePointLibraryTarget> _targets = [];

    private FakeSharePoint(FakeGraphServer server) => Server = server;

    public FakeGraphServer Server { get; }

    public FakeTokenCredential Credential { get; } = new();

    public CapturingLogger Logger { get; } = new();

    public static async Task<FakeSharePoint> StartAsync(FakeDirectory? directory = null) => new(await FakeGraphServer.StartAsync(directory: directory));

    public SharePointOptions Options(int maxConcurrency = 4, int maxRetries = 8) => new()
    {
        TenantId = "00000000-0000-0000-0000-000000000001",
        ClientId = "00000000-0000-0000-0000-000000000002",
        SiteUrl = FakeGraphServer.SiteUrl,
        GraphBaseUrl = Server.GraphBaseUrl,
        SharePointBaseUrl = Server.SharePointBaseUrl,
        MaxConcurrency = maxConcurrency,
        MaxRetries = maxRetries,
        // Small waits keep the suite fast; Retry-After from the server still wins when it is given.
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(1),
    };

    /// <summary>For runs that move 5 MiB fragments: an attempt may take longer than a second on a loaded machine.</summary>
    public SharePointOptions LargeFileOptions(int maxRetries = 8) => Options(maxRetries: maxRetries) with { RequestTimeout = TimeSpan.FromSeconds(15) };

    public SharePointLibraryTarget Target(SharePointOptions? options = null)
    {
        var target = SharePointLibraryTarget.Connect(options ?? Options(), Credential, null, Logger);
        _targets.Add(target);
        return target;
    }

    /// <summary>Reads, plans and applies; returns the plan that was applied.</summary>
    public async Task<LibraryPlan> PublishAsync(DesiredLibrary desired, SharePointLibraryTarget? target = null, bool prune = false,
        IProgress<WorkProgress>? progress = null, bool overwriteEdited = false, CancellationToken cancellationToken = default)
    {
        target ??= Target();
        var plan = Plan(desired, await target.ReadAsync(cancellationToken), prune, overwriteEdited);
        await target.ApplyAsync(plan, desired, progress, cancellationToken);
        return plan;
    }

    /// <summary>The product's plan for <paramref name="desired"/> over <paramref name="snapshot"/>.</summary>
    public static LibraryPlan Plan(DesiredLibrary desired, LibrarySnapshot snapshot, bool prune = false, bool overwriteEdited = false) =>
        LibraryPlanner.Plan(desired, snapshot, new LibraryOptions { PrunePermissions = prune, OverwriteEdited = overwriteEdited });

    public async ValueTask DisposeAsync()
    {
        foreach (var target in _targets)
        {
            target.Dispose();
        }
        await Server.DisposeAsync();
    }
}
