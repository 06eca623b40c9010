using OfficeInfra.Publishing;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Service.Http.LibraryRuns;

/// <summary>What one generate or publish job asks of the library, for registers the rules passed.</summary>
/// <param name="Apply">False for a plan only (publish with dryRun).</param>
/// <param name="ConfirmPlan">When set, the plan's <see cref="Security.PlanHash"/> must equal it before anything is applied.</param>
internal sealed record LibraryRun(CheckedRegisters Registers, DateOnly AsOf, bool Apply, LibraryOptions Options, string? ConfirmPlan = null);
