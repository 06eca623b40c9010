using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Registers the rules found no error in: what generation accepts. Only <see cref="RegisterRules"/> makes one, so a
/// stage that takes it never checks the registers again (and registers with errors cannot reach it).
/// </summary>
public sealed class CheckedRegisters
{
    internal CheckedRegisters(RegisterSet registers) => Registers = registers;

    /// <summary>The registers as read; immutable, so they stay as the rules saw them.</summary>
    public RegisterSet Registers { get; }
}
