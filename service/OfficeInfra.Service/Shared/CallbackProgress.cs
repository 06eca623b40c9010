using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Service.Shared;

/// <summary>
/// Reports progress on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool and so
/// can deliver reports late and out of order.
/// </summary>
internal sealed class CallbackProgress(Action<WorkProgress> report) : IProgress<WorkProgress>
{
    /// <inheritdoc />
    public void Report(WorkProgress value) => report(value);
}
