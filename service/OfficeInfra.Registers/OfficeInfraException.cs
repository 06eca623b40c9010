namespace OfficeInfra;

/// <summary>What kind of failure an <see cref="OfficeInfraException"/> reports; hosts map it to exit codes and HTTP.</summary>
public enum ErrorKind
{
    /// <summary>The input cannot be read at all (missing file, not an xlsx, corrupt zip, missing register). CLI exit 2.</summary>
    UnreadableInput,
    /// <summary>The registers hold errors, so nothing is generated or published. CLI exit 1; HTTP 422.</summary>
    RegistersHaveErrors,
    /// <summary>A template is malformed (unbalanced block, unknown helper). CLI exit 2; HTTP 422.</summary>
    InvalidTemplate,
    /// <summary>Configuration is missing or wrong (no site URL, no credential). CLI exit 2; HTTP 400.</summary>
    Configuration,
    /// <summary>The target library refused or failed (SharePoint, disk). CLI exit 1; HTTP 502.</summary>
    TargetFailed,
    /// <summary>The plan differs from the one the caller confirmed (a prune must apply exactly what was seen). HTTP 409.</summary>
    PlanChanged,
    /// <summary>The user's sign-in no longer works for the on-behalf-of exchange (expired, revoked). HTTP 401.</summary>
    SignInRequired,
    /// <summary>The user (or an administrator) has not consented to what publishing needs. HTTP 403.</summary>
    ConsentRequired,
}

/// <summary>
/// The one exception family below the hosts. Its message is one sentence for the user: hosts print it as it is
/// and never show a stack trace.
/// </summary>
public sealed class OfficeInfraException : Exception
{
    /// <summary>Creates an error of the given kind with a message meant for the user.</summary>
    public OfficeInfraException(ErrorKind kind, string message, Exception? inner = null) : base(message, inner) => Kind = kind;

    /// <summary>What went wrong, as a category.</summary>
    public ErrorKind Kind { get; }
}
