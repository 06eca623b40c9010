using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>A job's progress as server-sent events: <c>progress</c> on each change, then one <c>done</c> with the final job.</summary>
internal static class JobEvents
{
    /// <summary>How long the stream stays silent before repeating the current progress (keeps proxies from closing it).</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>The events until the job finishes or the client goes away.</summary>
    public static async IAsyncEnumerable<SseItem<string>> StreamAsync(Job job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        JobView? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = job.WhenChanged;
            var view = job.Snapshot();
            if (view.IsFinished)
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(view, ServiceJson.Options), "done");
                yield break;
            }
            if (last is null || last.Status != view.Status || last.Progress != view.Progress)
            {
                var progress = new { status = view.Status, done = view.Progress.Done, total = view.Progress.Total };
                yield return new SseItem<string>(JsonSerializer.Serialize(progress, ServiceJson.Options), "progress");
                last = view;
            }
            var timeout = Task.Delay(Heartbeat, cancellationToken);
            if (await Task.WhenAny(changed, timeout).ConfigureAwait(false) == timeout && !cancellationToken.IsCancellationRequested)
            {
                last = null;
            }
        }
    }
}
