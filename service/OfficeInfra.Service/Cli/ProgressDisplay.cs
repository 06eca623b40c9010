using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Shared;
using Spectre.Console;

namespace OfficeInfra.Service.Cli;

/// <summary>Shows a progress bar on a live terminal; elsewhere runs quietly (a summary line follows).</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, feeding a progress bar labelled <paramref name="label"/> when on a terminal.</summary>
    public static async Task<T> RunAsync<T>(CliIo io, string label, Func<IProgress<WorkProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(work);
        if (!io.IsTerminal)
        {
            return await work(null).ConfigureAwait(false);
        }
        return await AnsiConsole.Progress()
            .AutoClear(true)
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                var progress = new CallbackProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    if (p.Current is { } current)
                    {
                        task.Description = Markup.Escape($"{label}: {current}");
                    }
                });
                var result = await work(progress).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }
}
