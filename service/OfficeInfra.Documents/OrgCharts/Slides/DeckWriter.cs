using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Packs slides into a .pptx. Every relationship id is given explicitly and the zip is rewritten with fixed
/// timestamps, so the same slides always give byte-identical files.
/// </summary>
internal static class DeckWriter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(IReadOnlyList<SlideCanvas> slides)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            // AddPresentationPart would name the package relationship with a random id.
            var presentation = document.AddNewPart<PresentationPart>(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "rId1");
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var layout = master.AddNewPart<SlideLayoutPart>("rId1");
            layout.AddPart(master, "rId1");
            var theme = presentation.AddNewPart<ThemePart>("rId2");
            master.AddPart(theme, "rId2");
            var slideParts = new List<SlidePart>();
            for (var i = 0; i < slides.Count; i++)
            {
                var part = presentation.AddNewPart<SlidePart>($"rIdS{i + 1}");
                part.AddPart(layout, "rId1");
                slideParts.Add(part);
            }
            for (var i = 0; i < slides.Count; i++)
            {
                foreach (var target in slides[i].LinkedSlides.Distinct())
                {
                    slideParts[i].AddPart(slideParts[target - 1], $"rIdS{target}");
                }
                Feed(slideParts[i], slides[i].ToSlideXml());
            }
            Feed(theme, DeckSkeleton.Theme);
            Feed(master, DeckSkeleton.Master);
            Feed(layout, DeckSkeleton.Layout);
            Feed(presentation, DeckSkeleton.Presentation(slides.Count));
        }
        return WithFixedTimestamps(stream.ToArray());
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var target = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        target.Write(bytes, 0, bytes.Length);
    }

    // System.IO.Packaging stamps each zip entry with the current time; copy entries in order with a fixed one.
    private static byte[] WithFixedTimestamps(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
