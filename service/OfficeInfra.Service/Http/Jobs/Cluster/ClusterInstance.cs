namespace OfficeInfra.Service.Http.Jobs.Cluster;

/// <summary>
/// This instance's name in the cluster: its Quartz scheduler id, the <c>instance</c> of the jobs it runs, and the key
/// of its presence lock (<see cref="JobChanges"/>). The host name says where it runs; the random part tells apart
/// instances started on one host at the same moment.
/// </summary>
internal sealed record ClusterInstance(string Id)
{
    /// <summary>A new name for an instance starting now.</summary>
    public static ClusterInstance New() => new($"{Environment.MachineName}-{Guid.NewGuid():N}");
}
