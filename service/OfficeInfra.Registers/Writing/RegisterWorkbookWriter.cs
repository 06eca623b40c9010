using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Writing;

/// <summary>
/// Writes a register workbook: the four registers and the Organisation sheet as Excel tables with drop-downs, frozen
/// headers and vacant roles in red.
/// </summary>
public static class RegisterWorkbookWriter
{
    /// <summary>
    /// Writes <paramref name="registers"/> (use <see cref="RegisterSet.Empty"/> for a blank workbook) as an .xlsx
    /// package. Every value is written as text (never as a formula, so "=SUM(…)" stays text), except Step, which is
    /// written as a number when it is one.
    /// </summary>
    public static void Write(Stream output, RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(registers);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = WorkbookStyles.Create();
        var strings = new SharedStrings();
        var sheets = new Sheets();
        uint id = 1;
        foreach (var register in RegisterSchema.All)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            RegisterSheetWriter.Write(part, register, registers, strings, id);
            sheets.Append(new Sheet { Name = register.Name, SheetId = id, Id = workbookPart.GetIdOfPart(part) });
            id++;
        }
        workbookPart.Workbook.Append(new BookViews(new WorkbookView()), sheets, ListNames.DefinedNames());
        var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
        sharedPart.SharedStringTable = strings.ToTable();
        if (!string.IsNullOrEmpty(registers.Organisation))
        {
            document.PackageProperties.Title = registers.Organisation;
        }
        document.PackageProperties.Creator = "OfficeInfra";
    }

    /// <summary>Writes the workbook to a file, replacing it.</summary>
    public static void Write(string path, RegisterSet registers)
    {
        using var stream = File.Create(path);
        Write(stream, registers);
    }
}
