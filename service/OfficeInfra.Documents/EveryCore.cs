using System.Runtime.ExceptionServices;

namespace OfficeInfra.Documents;

/// <summary>Work spread over every core, with results in input order and a failure thrown as it was thrown.</summary>
internal static class EveryCore
{
    /// <summary><paramref name="map"/> of each item, in the order of <paramref name="items"/>.</summary>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<int, T, TResult> map)
    {
        var results = new TResult[items.Count];
        if (items.Count == 1)
        {
            results[0] = map(0, items[0]);
            return results;
        }
        try
        {
            Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = map(i, items[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A template or register error keeps its one sentence for the user, not a wrapper's.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results;
    }
}
