using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Rules;

/// <summary>The one place where the registers are judged: returns every finding of SPEC §2.</summary>
public static class RegisterRules
{
    /// <summary>Checks the registers; never throws on bad data.</summary>
    public static IReadOnlyList<Finding> Check(RegisterSet registers) => throw new NotImplementedException();
}
