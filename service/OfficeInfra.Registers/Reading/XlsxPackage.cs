using System.IO.Compression;
using System.Xml;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// The zip package of a workbook, opened once: its parts by name (case-insensitive, as Open Packaging names are) and
/// their relationships. Every part is read through a counting stream and an XmlReader that refuses DTDs, both capped
/// at <see cref="XlsxReadOptions.MaxPartBytes"/>. The OpenXML SDK's package is not used for reading: opening it
/// parses every relationship and content type of the package, and it loads the workbook and table parts as DOMs,
/// where this reads only the few attributes the registers need and stops.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _parts = new(StringComparer.OrdinalIgnoreCase);

    private XlsxPackage(ZipArchive zip, string what, XlsxReadOptions options)
    {
        _zip = zip;
        What = what;
        Options = options;
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith('/'))
            {
                _parts.TryAdd(PartName.OfEntry(entry.FullName), entry);
            }
        }
    }

    /// <summary>How messages name the file: "The uploaded file", "The file 'x.xlsx'".</summary>
    public string What { get; }

    public XlsxReadOptions Options { get; }

    /// <summary>Opens and checks the package (<see cref="PackageGuard"/>); <paramref name="stream"/> must be seekable.</summary>
    public static XlsxPackage Open(Stream stream, string what, XlsxReadOptions options)
    {
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            PackageGuard.Check(zip, what, options);
            var package = new XlsxPackage(zip, what, options);
            zip = null;
            return package;
        }
        catch (InvalidDataException e)
        {
            throw PackageGuard.Unreadable($"{what} is not an Excel workbook (.xlsx): it is not a readable zip package.", e);
        }
        finally
        {
            zip?.Dispose();
        }
    }

    public bool Has(string part) => _parts.ContainsKey(part);

    /// <summary>The part as a forward-only reader. The part must exist (<see cref="Has"/>).</summary>
    public XmlReader Open(string part)
    {
        var limit = Options.MaxPartBytes;
        var stream = new LimitedReadStream(_parts[part].Open(), limit, () => PackageGuard.PartTooBig(What, part, limit));
        return PartXml.Open(stream, limit);
    }

    /// <summary>The internal relationships of <paramref name="part"/> (<see cref="PartName.Root"/> for the package's own).</summary>
    public List<PartRelationship> RelationshipsOf(string part)
    {
        var relationships = new List<PartRelationship>();
        var name = PartName.RelationshipsOf(part);
        if (!Has(name))
        {
            return relationships;
        }
        using var xml = Open(name);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" ||
                string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (xml.GetAttribute("Id") is { } id && xml.GetAttribute("Type") is { } type &&
                xml.GetAttribute("Target") is { } target && PartName.Resolve(part, target) is { } resolved)
            {
                relationships.Add(new PartRelationship(id, type, resolved));
            }
        }
        return relationships;
    }

    public void Dispose() => _zip.Dispose();
}
