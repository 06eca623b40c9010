namespace OfficeInfra.Registers.Reading;

/// <summary>Part names of an Open Packaging package (<c>/xl/workbook.xml</c>): where relationships point and live.</summary>
internal static class PartName
{
    /// <summary>The name the package root's relationships hang off.</summary>
    public const string Root = "/";

    /// <summary>The part a relationship of <paramref name="source"/> targets, or null when the target leaves the package.</summary>
    public static string? Resolve(string source, string target)
    {
        var path = Uri.UnescapeDataString(target).Replace('\\', '/');
        var full = path.StartsWith('/') ? path : source[..(source.LastIndexOf('/') + 1)] + path;
        var segments = new List<string>();
        foreach (var segment in full.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return segments.Count == 0 ? null : "/" + string.Join('/', segments);
    }

    /// <summary>The relationships part of <paramref name="part"/>: <c>/xl/_rels/workbook.xml.rels</c>, <c>/_rels/.rels</c>.</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <summary>The part name of a zip entry (<c>xl/workbook.xml</c> → <c>/xl/workbook.xml</c>).</summary>
    public static string OfEntry(string entryName) => "/" + Uri.UnescapeDataString(entryName).Replace('\\', '/').TrimStart('/');
}
