using System.Diagnostics;
using System.Text;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// The real CLI as a child process (<c>dotnet OfficeInfra.Service.dll …</c>, the build copied next to the tests), for
/// tests that must do to it what only the operating system can: kill it with SIGKILL mid-run.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(Process process)
    {
        _process = process;
        Started = Stopwatch.StartNew();
    }

    /// <summary>The service assembly built alongside this test project (a project reference copies it here).</summary>
    public static string ServiceDll => Path.Combine(AppContext.BaseDirectory, "OfficeInfra.Service.dll");

    /// <summary>Runs since the process was started.</summary>
    public Stopwatch Started { get; }

    /// <summary>True once the process has ended, by itself or killed.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code (137-style codes are not reported on a kill; the process simply has no normal exit).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>What it printed on stdout and stderr, interleaved as received.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet OfficeInfra.Service.dll <paramref name="args"/></c> with output captured.</summary>
    public static CliProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the CLI with <paramref name="environment"/> added to its environment.</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(ServiceDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = new Process { StartInfo = info };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Append(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(e.Data);
        process.Start();
        cli.Started.Restart();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return cli;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Unix): no handler runs, no finally block, nothing flushed.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It had already exited on its own.
        }
        _process.WaitForExit();
    }

    /// <summary>Waits for the process to end; kills it and fails when it takes longer than <paramref name="bound"/>.</summary>
    public async Task<int> WaitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The CLI did not finish within {bound}: {Output}");
        }
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // `dotnet test` tells child processes which host runs them; outside it, the dotnet on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
