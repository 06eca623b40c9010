using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>WordprocessingML element names the templating reads.</summary>
internal static class W
{
    public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XName P = Ns + "p", R = Ns + "r", T = Ns + "t", RPr = Ns + "rPr", Tr = Ns + "tr",
        Tc = Ns + "tc", Tbl = Ns + "tbl", ProofErr = Ns + "proofErr", BookmarkStart = Ns + "bookmarkStart",
        BookmarkEnd = Ns + "bookmarkEnd", LastRenderedPageBreak = Ns + "lastRenderedPageBreak", NoProof = Ns + "noProof",
        PermStart = Ns + "permStart", PermEnd = Ns + "permEnd";

    public static readonly XName Space = XNamespace.Xml + "space";

    /// <summary>The text a person reads in a paragraph (its runs' texts in order).</summary>
    public static string TextOf(XElement paragraph) =>
        string.Concat(paragraph.Descendants(T).Where(t => t.Ancestors(P).First() == paragraph).Select(t => t.Value));
}
