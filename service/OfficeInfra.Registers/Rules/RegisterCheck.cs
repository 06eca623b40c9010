using OfficeInfra.Registers.Findings;

namespace OfficeInfra.Registers.Rules;

/// <summary>What the rules made of the registers: every finding, and the checked registers when none is an error.</summary>
/// <param name="Findings">Sorted as <see cref="RegisterRules.Check"/> sorts them.</param>
/// <param name="Checked">The registers generation accepts; null when any finding is an error.</param>
public sealed record RegisterCheck(IReadOnlyList<Finding> Findings, CheckedRegisters? Checked);
