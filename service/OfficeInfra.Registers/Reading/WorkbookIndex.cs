using System.Xml;

namespace OfficeInfra.Registers.Reading;

/// <summary>What the workbook part says: its worksheets in tab order, its shared string part, and the file's title.</summary>
internal sealed record WorkbookIndex(IReadOnlyList<WorksheetEntry> Sheets, string? SharedStrings, string Title)
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static WorkbookIndex Read(XlsxPackage package)
    {
        var root = package.RelationshipsOf(PartName.Root);
        var main = root.FirstOrDefault(r => r.Is("officeDocument"))?.Target;
        if (main is null || !package.Has(main))
        {
            throw PackageGuard.Unreadable($"{package.What} is an Office package but not an Excel workbook (.xlsx).");
        }
        var relationships = package.RelationshipsOf(main);
        var byId = new Dictionary<string, PartRelationship>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            byId.TryAdd(relationship.Id, relationship);
        }
        var sheets = new List<WorksheetEntry>();
        foreach (var (name, id) in SheetsOf(package, main))
        {
            if (byId.TryGetValue(id, out var relationship) && relationship.Is("worksheet") && package.Has(relationship.Target))
            {
                sheets.Add(new WorksheetEntry(name, relationship.Target));
            }
        }
        var sharedStrings = relationships.FirstOrDefault(r => r.Is("sharedStrings") && package.Has(r.Target))?.Target;
        var core = root.FirstOrDefault(r => r.Is("core-properties") && package.Has(r.Target))?.Target;
        return new WorkbookIndex(sheets, sharedStrings, core is null ? string.Empty : TitleOf(package, core));
    }

    /// <summary>The <c>sheet</c> elements' names and relationship ids; reading stops after <c>sheets</c>.</summary>
    private static List<(string Name, string Id)> SheetsOf(XlsxPackage package, string main)
    {
        var sheets = new List<(string, string)>();
        using var xml = package.Open(main);
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "workbook")
        {
            throw PackageGuard.Unreadable($"{package.What} is an Office package but not an Excel workbook (.xlsx).");
        }
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheets")
            {
                break;
            }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && RelationshipId(xml) is { } id)
            {
                sheets.Add((xml.GetAttribute("name") ?? string.Empty, id));
            }
        }
        return sheets;
    }

    /// <summary>The <c>r:id</c> attribute, whichever namespace (transitional or strict) the prefix stands for.</summary>
    private static string? RelationshipId(XmlReader xml)
    {
        while (xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0 && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
            {
                var id = xml.Value;
                xml.MoveToElement();
                return id;
            }
        }
        xml.MoveToElement();
        return null;
    }

    private static string TitleOf(XlsxPackage package, string core)
    {
        using var xml = package.Open(core);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "title" && xml.NamespaceURI == DublinCore)
            {
                return xml.ReadElementContentAsString().Trim();
            }
        }
        return string.Empty;
    }
}
