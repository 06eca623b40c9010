using System.Diagnostics;
using Npgsql;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// A private PostgreSQL cluster for the tests: initdb into a fresh temp folder, the server listening only on a Unix
/// socket in that folder (no port to collide on), stopped and deleted on dispose whatever the tests did. initdb refuses
/// to run as root, so as root (CI) the server runs as the <c>postgres</c> user Debian's package creates. Each test
/// asks for its own database (<see cref="NewDatabase"/>).
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    private const string User = "officeinfra";
    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asRoot = Environment.UserName == "root";

    public PrivatePostgres()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty
            : string.Empty;
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); tests/run-all.sh installs Debian's postgresql package.");
        }
        // Short, because a Unix socket's path is limited to about 100 characters.
        _folder = Path.Combine(Path.GetTempPath(), "oi-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (_asRoot)
        {
            Run("chown", "postgres", _folder);
        }
        RunAsServerUser(Path.Combine(_bin, "initdb"), "-D", Data, "-U", User, "--auth=trust", "-E", "UTF8", "--no-sync");
        RunAsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-k {_folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        ConnectionString = new NpgsqlConnectionStringBuilder { Host = _folder, Username = User, Database = "postgres" }.ConnectionString;
    }

    /// <summary>The server's own database, for creating others.</summary>
    public string ConnectionString { get; }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>A new, empty database of its own; its connection string.</summary>
    public string NewDatabase()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        try
        {
            RunAsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void RunAsServerUser(string program, params string[] arguments)
    {
        if (_asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}

/// <summary>The tests that share one private cluster (one start-up for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PrivatePostgres>
{
    public const string Name = "PostgreSQL";
}
