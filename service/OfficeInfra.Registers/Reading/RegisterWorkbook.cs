using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Reading;

/// <summary>What the xlsx reader found: the registers, and where their columns sit (for cell references).</summary>
public sealed record RegisterWorkbook(RegisterSet Registers, RegisterLayout Layout);
