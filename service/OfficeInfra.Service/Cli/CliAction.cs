using System.CommandLine;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// Runs a verb's body at the CLI's boundary: every failure becomes one sentence on stderr and an exit code, never a
/// stack trace.
/// </summary>
internal static class CliAction
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>, guarded.</summary>
    public static void Set(Command command, Func<ParseResult, CliIo, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parseResult, cancellationToken) => Guard(parseResult, body, cancellationToken));
    }

    private static async Task<int> Guard(ParseResult parseResult, Func<ParseResult, CliIo, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        var io = CliIo.Of(parseResult);
        try
        {
            return await body(parseResult, io, cancellationToken).ConfigureAwait(false);
        }
        catch (OfficeInfraException e)
        {
            await io.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.For(e.Kind);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await io.Error.WriteLineAsync("Stopped before finishing; nothing was left half done.").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (Exception e)
        {
            // Users never see a stack trace; the message is enough to report the problem.
            await io.Error.WriteLineAsync($"OfficeInfra stopped on an unexpected problem: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}
