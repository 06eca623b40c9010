using System.Diagnostics;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>One run of an outside program (dotnet pack, systemd-analyze, an installed tool) to its end, with what it printed.</summary>
public sealed record ProgramRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/>; kills it and fails past <paramref name="bound"/>.</summary>
    public static async Task<ProgramRun> Of(string file, IEnumerable<string> args, TimeSpan bound, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {bound}.");
        }
        return new ProgramRun(process.ExitCode, await output, await error);
    }

    /// <summary>True when <paramref name="name"/> is a program on PATH.</summary>
    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
