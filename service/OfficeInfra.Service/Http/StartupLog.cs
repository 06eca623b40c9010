namespace OfficeInfra.Service.Http;

/// <summary>
/// Keeps the host's own "Hosting failed to start" error (with its stack trace) off the console: <c>serve</c>
/// explains a failed start in one sentence instead (Cli/StartupFailure). Once the service has started, the host's
/// errors are logged as usual.
/// </summary>
internal sealed class StartupLog
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private volatile bool _started;

    /// <summary>Adds the filter to <paramref name="logging"/>; <paramref name="log"/> must then <see cref="Watch"/> the application.</summary>
    public static void QuietUntilStarted(ILoggingBuilder logging, out StartupLog log)
    {
        var quiet = new StartupLog();
        // The host's category logs only its debug steps and its failures: warnings and above, errors once started.
        logging.AddFilter(HostCategory, level => level >= LogLevel.Warning && (quiet._started || level < LogLevel.Error));
        log = quiet;
    }

    /// <summary>Lifts the filter once <paramref name="lifetime"/> reports the application started.</summary>
    public void Watch(IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        lifetime.ApplicationStarted.Register(() => _started = true);
    }
}
