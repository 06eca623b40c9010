namespace OfficeInfra.Service.Cli;

/// <summary>The CLI's exit codes (SPEC §4).</summary>
internal static class ExitCodes
{
    /// <summary>Done, and the registers hold no errors.</summary>
    public const int Ok = 0;
    /// <summary>The registers hold errors, or the target failed.</summary>
    public const int Failed = 1;
    /// <summary>Bad usage or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>The exit code for an error of <paramref name="kind"/>.</summary>
    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.RegistersHaveErrors or ErrorKind.TargetFailed => Failed,
        _ => BadInput,
    };
}
