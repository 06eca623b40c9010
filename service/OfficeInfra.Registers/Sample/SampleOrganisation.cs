using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Sample;

/// <summary>The sample organisation written by <c>init --sample</c> and kept in samples/contoso.xlsx.</summary>
public static class SampleOrganisation
{
    /// <summary>Builds the sample registers.</summary>
    public static RegisterSet Create() => throw new NotImplementedException();
}
