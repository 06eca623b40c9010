namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Finds the sheet of each register: the sheet holding a table of the register's name first, then the sheet of that
/// name (both case-insensitive, SPEC §2). Each sheet's tables are read once, whichever register asks first.
/// </summary>
internal sealed class RegisterLocator(XlsxPackage package, IReadOnlyList<WorksheetEntry> sheets)
{
    private readonly Dictionary<WorksheetEntry, List<TableDefinition>> _tables = [];

    /// <summary>The register's sheet, and its table's range when found by table; null for an absent optional sheet.</summary>
    public (WorksheetEntry Sheet, CellRange? Range)? Find(Schema.RegisterSheet register)
    {
        foreach (var sheet in sheets)
        {
            foreach (var table in TablesOf(sheet))
            {
                if (table.IsNamed(register.Name))
                {
                    return (sheet, CellRange.Parse(table.Reference, table.HasHeader, table.TotalsRows));
                }
            }
        }
        foreach (var sheet in sheets)
        {
            if (string.Equals(sheet.Name.Trim(), register.Name, StringComparison.OrdinalIgnoreCase))
            {
                return (sheet, null);
            }
        }
        return register.Optional ? null : throw PackageGuard.Unreadable($"The workbook has no '{register.Name}' sheet or table.");
    }

    private List<TableDefinition> TablesOf(WorksheetEntry sheet)
    {
        if (!_tables.TryGetValue(sheet, out var tables))
        {
            tables = [];
            foreach (var relationship in package.RelationshipsOf(sheet.Part))
            {
                if (relationship.Is("table") && package.Has(relationship.Target) &&
                    TableDefinition.Read(package, relationship.Target) is { } table)
                {
                    tables.Add(table);
                }
            }
            _tables[sheet] = tables;
        }
        return tables;
    }
}
