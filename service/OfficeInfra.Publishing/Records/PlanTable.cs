namespace OfficeInfra.Publishing.Records;

/// <summary>One table of the records plan: its name, its column headers, and its rows as text (one value per header).</summary>
public sealed record PlanTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
