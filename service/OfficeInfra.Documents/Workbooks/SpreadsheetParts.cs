using System.Globalization;
using System.Text;

namespace OfficeInfra.Documents.Workbooks;

/// <summary>
/// The package parts every .xlsx the product writes as text shares (content types, relationships, column letters),
/// written the same way for each, so the same workbook always gives the same bytes.
/// </summary>
internal static class SpreadsheetParts
{
    /// <summary>The XML declaration every part starts with.</summary>
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /// <summary>The relationship type namespace of officeDocument parts.</summary>
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string SheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>
    /// <c>[Content_Types].xml</c> for a workbook of <paramref name="sheets"/> sheets, each with one table, followed by
    /// <paramref name="more"/> parts (drawings, charts, document properties) in the order given.
    /// </summary>
    public static string ContentTypes(int sheets, IEnumerable<(string Part, string Type)> more)
    {
        var xml = new StringBuilder(Declaration).Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        void Override(string part, string type) => xml.Append("<Override PartName=\"/").Append(part).Append("\" ContentType=\"").Append(type).Append("\"/>");
        Override("xl/workbook.xml", SheetMl + "sheet.main+xml");
        Override("xl/styles.xml", SheetMl + "styles+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override(string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{i}.xml"), SheetMl + "worksheet+xml");
            Override(string.Create(CultureInfo.InvariantCulture, $"xl/tables/table{i}.xml"), SheetMl + "table+xml");
        }
        foreach (var (part, type) in more)
        {
            Override(part, type);
        }
        return xml.Append("</Types>").ToString();
    }

    /// <summary>A relationships part; an external target (a link to another document) is marked so.</summary>
    public static string Relationships(params (string Id, string Type, string Target, bool External)[] relationships)
    {
        var xml = new StringBuilder(Declaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target, external) in relationships)
        {
            xml.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(type).Append("\" Target=\"").Append(target).Append('"')
                .Append(external ? " TargetMode=\"External\"" : string.Empty).Append("/>");
        }
        return xml.Append("</Relationships>").ToString();
    }

    /// <summary>The letters of the zero-based column <paramref name="index"/>: A, …, Z, AA, ….</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}
