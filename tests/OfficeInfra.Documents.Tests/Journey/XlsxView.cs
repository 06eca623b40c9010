using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace OfficeInfra.Documents.Tests.Journey;

/// <summary>A generated workbook as a person sees it: each sheet's tab name, its one table's name and its rows of text.</summary>
internal sealed record XlsxView(IReadOnlyList<string> ValidationErrors, IReadOnlyList<XlsxSheetView> Sheets)
{
    public static XlsxView Open(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.Descendants<Row>().Select(r => (IReadOnlyList<string>)[.. r.Elements<Cell>().Select(c =>
                c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText)]).ToList();
            return new XlsxSheetView(sheet.Name!.Value!, part.TableDefinitionParts.Single().Table.Name!.Value!, rows);
        }).ToList();
        return new XlsxView(errors, sheets);
    }
}

/// <summary>One sheet: its tab name, its table's name and its rows (cells in order, empty cells left out).</summary>
internal sealed record XlsxSheetView(string Name, string Table, IReadOnlyList<IReadOnlyList<string>> Rows);
