using System.Xml.Linq;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// The first stage of compiling a templated part (body, header or footer): puts each tag Word split over several runs
/// back into one run (<see cref="RunMerger"/>) and marks every text holding a tag as space-preserving, since a value may
/// start or end with spaces that Word would otherwise drop. The stages that follow read the part as left here:
/// <see cref="PartAnalysis"/> (reads only), then <see cref="BlockLifter"/> and <see cref="RepeatedMarks"/> (edit).
/// </summary>
internal static class PartPreparation
{
    public static void Prepare(XDocument part)
    {
        foreach (var paragraph in part.Descendants(W.P).ToList())
        {
            RunMerger.Merge(paragraph);
        }
        foreach (var text in part.Descendants(W.T).Where(t => t.Value.Contains("{{", StringComparison.Ordinal)))
        {
            text.SetAttributeValue(W.Space, "preserve");
        }
    }
}
