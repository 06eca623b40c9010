using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Reading;

/// <summary>Reads the four registers from an .xlsx workbook, streaming each sheet (SPEC §2).</summary>
public static class XlsxRegisterReader
{
    /// <summary>Reads a workbook file. Throws <see cref="OfficeInfraException"/> (UnreadableInput) when it cannot.</summary>
    public static RegisterSet Read(string path) => throw new NotImplementedException();

    /// <summary>Reads a workbook from a seekable stream.</summary>
    public static RegisterSet Read(Stream workbook) => throw new NotImplementedException();
}
