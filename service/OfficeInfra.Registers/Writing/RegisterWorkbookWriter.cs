using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Writing;

/// <summary>Writes a register workbook: four Excel tables with drop-downs, frozen headers and vacant roles in red.</summary>
public static class RegisterWorkbookWriter
{
    /// <summary>Writes <paramref name="registers"/> (use <see cref="RegisterSet.Empty"/> for a blank workbook).</summary>
    public static void Write(Stream output, RegisterSet registers) => throw new NotImplementedException();
}
