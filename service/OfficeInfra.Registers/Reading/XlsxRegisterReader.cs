using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>Reads the four registers from an .xlsx workbook, streaming each sheet (SPEC §2).</summary>
public static class XlsxRegisterReader
{
    /// <summary>Reads a workbook file. Throws <see cref="OfficeInfraException"/> (UnreadableInput) when it cannot.</summary>
    public static RegisterSet Read(string path) => ReadWorkbook(path).Registers;

    /// <summary>Reads a workbook from a stream (a non-seekable stream is buffered first).</summary>
    public static RegisterSet Read(Stream workbook) => ReadWorkbook(workbook).Registers;

    /// <summary>Reads a workbook file, also returning where each column sits (for <see cref="Findings.CellReference"/>).</summary>
    public static RegisterWorkbook ReadWorkbook(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw PackageGuard.Unreadable($"The file '{path}' does not exist.");
        }
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PackageGuard.Unreadable($"The file '{path}' cannot be opened: {e.Message}", e);
        }
        using (stream)
        {
            return ReadWorkbook(stream, $"The file '{Path.GetFileName(path)}'");
        }
    }

    /// <summary>Reads a workbook from a stream, also returning where each column sits.</summary>
    public static RegisterWorkbook ReadWorkbook(Stream workbook) => ReadWorkbook(workbook, "The uploaded file");

    private static RegisterWorkbook ReadWorkbook(Stream workbook, string what)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        if (!workbook.CanSeek)
        {
            var buffer = new MemoryStream();
            workbook.CopyTo(buffer);
            buffer.Position = 0;
            workbook = buffer;
        }
        if (workbook.Length == 0)
        {
            throw PackageGuard.Unreadable($"{what} is empty, not an Excel workbook (.xlsx).");
        }
        PackageGuard.Check(workbook, what);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = PackageGuard.MaxPartBytes };
            using var document = SpreadsheetDocument.Open(workbook, false, settings);
            return Read(document, what);
        }
        catch (XmlException e)
        {
            throw PackageGuard.Unreadable($"{what} is damaged: one of its parts is not valid XML or contains a DTD, which workbooks may not.", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException
                                      or FileFormatException or InvalidOperationException or ArgumentException
                                      or FormatException or OverflowException)
        {
            throw PackageGuard.Unreadable($"{what} is not a readable Excel workbook (.xlsx).", e);
        }
    }

    private static RegisterWorkbook Read(SpreadsheetDocument document, string what)
    {
        var workbookPart = document.WorkbookPart
            ?? throw PackageGuard.Unreadable($"{what} is an Office package but not an Excel workbook (.xlsx).");
        var sheets = (workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id ? workbookPart.GetPartById(id) as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .Select(s => (s.Name, Part: s.Part!))
            .ToList();
        if (sheets.Count == 0)
        {
            throw PackageGuard.Unreadable($"{what} has no worksheets, so it holds no registers.");
        }
        var sharedStrings = SheetRows.SharedStrings(workbookPart.SharedStringTablePart);
        var layout = new RegisterLayout();
        List<RawRow> Rows(RegisterSheet register) => Locate(sheets, register, sharedStrings, layout);

        var departments = Rows(RegisterSchema.Departments).Select(RegisterRows.Department).ToList();
        var roles = Rows(RegisterSchema.Roles).Select(RegisterRows.Role).ToList();
        var tasks = RegisterRows.Tasks(Rows(RegisterSchema.Tasks));
        var processes = Rows(RegisterSchema.Processes).Select(RegisterRows.Process).ToList();
        var title = document.PackageProperties.Title?.Trim() ?? string.Empty;
        return new RegisterWorkbook(new RegisterSet(title, departments, roles, tasks, processes), layout);
    }

    private static List<RawRow> Locate(List<(string Name, WorksheetPart Part)> sheets, RegisterSheet register,
        List<string> sharedStrings, RegisterLayout layout)
    {
        foreach (var (_, part) in sheets)
        {
            foreach (var tablePart in part.TableDefinitionParts)
            {
                var table = tablePart.Table;
                if (table is null ||
                    !(Is(table.Name?.Value, register.Name) || Is(table.DisplayName?.Value, register.Name)))
                {
                    continue;
                }
                var range = CellRange.Parse(table.Reference?.Value, (table.HeaderRowCount?.Value ?? 1) != 0,
                    (int)(table.TotalsRowCount?.Value ?? 0));
                return SheetRows.Read(part, register, sharedStrings, range, layout);
            }
        }
        foreach (var (name, part) in sheets)
        {
            if (Is(name, register.Name))
            {
                return SheetRows.Read(part, register, sharedStrings, null, layout);
            }
        }
        throw PackageGuard.Unreadable($"The workbook has no '{register.Name}' sheet or table.");
    }

    private static bool Is(string? name, string register) =>
        string.Equals(name?.Trim(), register, StringComparison.OrdinalIgnoreCase);
}
