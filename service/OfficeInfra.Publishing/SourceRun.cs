using System.Runtime.ExceptionServices;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Publishing;

/// <summary>
/// Runs every document source at once, each on its own thread, and returns their documents in the sources' order.
/// The Word documents keep both cores busy only while a batch renders; between batches, and while one source does
/// its serial work (the org charts lay out one deck after another), the other sources fill the idle core. IDs do not
/// depend on timing: each kind of document belongs to one source, which issues its documents in register order.
/// </summary>
internal static class SourceRun
{
    public static List<GeneratedDocument> GenerateAll(IReadOnlyList<IDocumentSource> sources, CheckedRegisters registers, ControlBook book,
        IProgress<WorkProgress>? progress, CancellationToken cancellationToken)
    {
        var total = sources.Sum(s => s.Count(registers));
        var done = 0;
        var gate = new Lock();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var runs = sources.Select(source => Task.Factory.StartNew(() =>
        {
            var documents = new List<GeneratedDocument>(source.Count(registers));
            try
            {
                foreach (var document in source.Generate(registers, book, stop.Token))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    documents.Add(document);
                    lock (gate)
                    {
                        done++;
                        progress?.Report(new WorkProgress(done, Math.Max(total, done), document.Subject));
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stop.Cancel(); // the other sources stop at their next document
                throw;
            }
            return documents;
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            Task.WaitAll(runs, CancellationToken.None);
        }
        catch (AggregateException)
        {
            // One source failed: the others stop, and the user reads the first failure in source order, whatever
            // the timing (a cancellation only when nothing failed for another reason).
            stop.Cancel();
            var failures = runs.Where(r => r.IsFaulted).Select(r => r.Exception!.InnerExceptions[0])
                .Where(e => e is not OperationCanceledException).ToList(); // a source stopped by another's failure
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(failures.FirstOrDefault() ?? new OperationCanceledException(stop.Token)).Throw();
        }
        return [.. runs.SelectMany(r => r.Result)];
    }
}
