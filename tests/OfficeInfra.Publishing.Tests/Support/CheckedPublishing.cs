using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Publishing.Tests;

/// <summary>
/// The publisher accepts only registers the rules passed; tests hand it plain registers, so these check them first,
/// as the hosts do (and throw, as a host refuses, when they have errors).
/// </summary>
internal static class CheckedPublishing
{
    public static DesiredLibrary BuildDesired(this LibraryPublisher publisher, RegisterSet registers, DateOnly asOf) =>
        publisher.BuildDesired(RegisterRules.Checked(registers), asOf);

    public static Task<LibraryRunResult> PlanAsync(this LibraryPublisher publisher, RegisterSet registers, DateOnly asOf, ILibraryTarget target,
        IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        publisher.PlanAsync(RegisterRules.Checked(registers), asOf, target, progress, cancellationToken);

    public static Task<LibraryRunResult> PublishAsync(this LibraryPublisher publisher, RegisterSet registers, DateOnly asOf, ILibraryTarget target,
        IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        publisher.PublishAsync(RegisterRules.Checked(registers), asOf, target, progress, cancellationToken);
}
