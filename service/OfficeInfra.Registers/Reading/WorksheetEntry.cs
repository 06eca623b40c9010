namespace OfficeInfra.Registers.Reading;

/// <summary>A worksheet as the workbook lists it: its tab name and its part.</summary>
internal sealed record WorksheetEntry(string Name, string Part);
