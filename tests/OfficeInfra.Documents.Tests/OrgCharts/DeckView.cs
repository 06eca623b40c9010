using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>A shape as a person sees it on the slide: its name, rectangle, outline colour and text.</summary>
public sealed record ShapeView(uint Id, string Name, long X, long Y, long Width, long Height, string? Outline,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<string?> ParagraphColours, string? LinkTarget)
{
    /// <summary>The run sizes (hundredths of a point) of the shape's text.</summary>
    public IReadOnlyList<int> RunSizes { get; init; } = [];

    /// <summary>Alt text (descr).</summary>
    public string? Description { get; init; }

    /// <summary>True for a title placeholder.</summary>
    public bool IsTitlePlaceholder { get; init; }

    /// <summary>Slide numbers the shape's runs link to.</summary>
    public IReadOnlyList<int> RunLinks { get; init; } = [];

    /// <summary>The group the shape belongs to, if any.</summary>
    public string? Group { get; init; }

    /// <summary>The text's distances from the shape's edges (left, top, right, bottom), in EMU.</summary>
    public (long Left, long Top, long Right, long Bottom) Insets { get; init; }

    /// <summary>Each paragraph's text with its first run's size (points) and weight, as a measure of its room needs them.</summary>
    public IReadOnlyList<(string Text, double Points, bool Bold)> Styled { get; init; } = [];

    public bool Intersects(ShapeView other) =>
        X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;

    public bool Inside(ShapeView other) =>
        X >= other.X && Y >= other.Y && X + Width <= other.X + other.Width && Y + Height <= other.Y + other.Height;
}

/// <summary>A connector and the shapes it is glued to.</summary>
public sealed record ConnectorView(uint? StartId, uint? StartSite, uint? EndId, uint? EndSite)
{
    /// <summary>Alt text (descr).</summary>
    public string? Description { get; init; }
}

/// <summary>A table on a slide: its name, each row's cell texts, and its run sizes (hundredths of a point).</summary>
public sealed record TableView(string Name, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> RunSizes);

/// <summary>One slide: its shapes and connectors.</summary>
public sealed record SlideView(int Number, IReadOnlyList<ShapeView> Shapes, IReadOnlyList<ConnectorView> Connectors)
{
    /// <summary>The slide's tables.</summary>
    public IReadOnlyList<TableView> Tables { get; init; } = [];

    /// <summary>The PowerPoint section the slide is in (one per chart), or null.</summary>
    public string? Section { get; init; }

    public string Title => Shapes.First(s => s.Name == "Title").Paragraphs[0];

    /// <summary>The line under the title (a back link on continuation slides).</summary>
    public ShapeView? Subtitle => Shapes.FirstOrDefault(s => s.Name == "Subtitle");

    public IReadOnlyList<ShapeView> Roles => Shapes.Where(s => s.Name.StartsWith("Role: ", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<ShapeView> Continued => Shapes.Where(s => s.Name.StartsWith("Continued", StringComparison.Ordinal)).ToList();

    public ShapeView Shape(uint id) => Shapes.Single(s => s.Id == id);
}

/// <summary>Reads a generated .pptx back: validator errors first, then what is on each slide.</summary>
public sealed class DeckView
{
    private DeckView(IReadOnlyList<string> errors, IReadOnlyList<SlideView> slides, long width, long height)
    {
        ValidationErrors = errors;
        Slides = slides;
        SlideWidth = width;
        SlideHeight = height;
    }

    public IReadOnlyList<string> ValidationErrors { get; }

    public IReadOnlyList<SlideView> Slides { get; }

    public long SlideWidth { get; }

    public long SlideHeight { get; }

    /// <param name="validate">False skips the validator (slow on big decks) where a test reads content only.</param>
    public static DeckView Open(byte[] pptx, bool validate = true)
    {
        using var document = PresentationDocument.Open(new MemoryStream(pptx), false);
        var errors = !validate ? [] : new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        var presentation = document.PresentationPart!;
        var size = presentation.Presentation.SlideSize!;
        var slideIds = presentation.Presentation.SlideIdList!.Elements<P.SlideId>().ToList();
        var partsById = slideIds.Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!)).ToList();
        var sections = presentation.Presentation.Descendants<DocumentFormat.OpenXml.Office2010.PowerPoint.Section>()
            .SelectMany(s => s.Descendants<DocumentFormat.OpenXml.Office2010.PowerPoint.SectionSlideIdListEntry>().Select(e => (e.Id!.Value, s.Name!.Value!)))
            .ToDictionary(e => e.Item1, e => e.Item2);
        var slides = partsById.Select((part, i) => Read(part, i + 1, partsById) with { Section = sections.GetValueOrDefault(slideIds[i].Id!.Value) }).ToList();
        return new DeckView(errors, slides, size.Cx!.Value, size.Cy!.Value);
    }

    // A paragraph's text as a person reads it: a line break (a:br) is a line break.
    private static string TextOf(A.Paragraph paragraph) => string.Concat(paragraph.Descendants()
        .Select(e => e switch { A.Text t => t.Text, A.Break => "\n", _ => string.Empty }));

    private static SlideView Read(SlidePart part, int number, List<SlidePart> all)
    {
        var tree = part.Slide.CommonSlideData!.ShapeTree!;
        var shapes = tree.Descendants<P.Shape>().Select(s =>
        {
            var properties = s.NonVisualShapeProperties!.NonVisualDrawingProperties!;
            var transform = s.ShapeProperties!.Transform2D!;
            var outline = s.ShapeProperties.GetFirstChild<A.Outline>()?.GetFirstChild<A.SolidFill>()?.RgbColorModelHex?.Val?.Value;
            var paragraphs = s.TextBody?.Elements<A.Paragraph>().ToList() ?? [];
            var link = properties.HyperlinkOnClick?.Id?.Value is { } rel
                ? all.IndexOf((SlidePart)part.GetPartById(rel)) + 1
                : (int?)null;
            return new ShapeView(properties.Id!.Value, properties.Name!.Value!, transform.Offset!.X!.Value, transform.Offset.Y!.Value,
                transform.Extents!.Cx!.Value, transform.Extents.Cy!.Value, outline,
                paragraphs.Select(p => TextOf(p)).ToList(),
                paragraphs.Select(p => p.Descendants<A.RunProperties>().FirstOrDefault()?.GetFirstChild<A.SolidFill>()?.RgbColorModelHex?.Val?.Value).ToList(),
                link?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                RunSizes = s.Descendants<A.RunProperties>().Select(r => r.FontSize?.Value ?? 0).ToList(),
                Description = properties.Description?.Value,
                IsTitlePlaceholder = s.NonVisualShapeProperties.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Title,
                RunLinks = s.Descendants<A.RunProperties>().Select(r => r.GetFirstChild<A.HyperlinkOnClick>()?.Id?.Value).OfType<string>()
                    .Select(id => all.IndexOf((SlidePart)part.GetPartById(id)) + 1).ToList(),
                Group = (s.Parent as P.GroupShape)?.NonVisualGroupShapeProperties?.NonVisualDrawingProperties?.Name?.Value,
                Insets = s.TextBody?.BodyProperties is { } body
                    ? (body.LeftInset?.Value ?? 91_440, body.TopInset?.Value ?? 45_720, body.RightInset?.Value ?? 91_440, body.BottomInset?.Value ?? 45_720)
                    : default,
                Styled = paragraphs.Select(p => (TextOf(p),
                    (p.Descendants<A.RunProperties>().FirstOrDefault()?.FontSize?.Value ?? 1800) / 100.0,
                    p.Descendants<A.RunProperties>().FirstOrDefault()?.Bold?.Value ?? false)).ToList(),
            };
        }).ToList();
        var connectors = tree.Descendants<P.ConnectionShape>().Select(c =>
        {
            var glue = c.NonVisualConnectionShapeProperties!.NonVisualConnectorShapeDrawingProperties!;
            return new ConnectorView(glue.StartConnection?.Id?.Value, glue.StartConnection?.Index?.Value,
                glue.EndConnection?.Id?.Value, glue.EndConnection?.Index?.Value)
            { Description = c.NonVisualConnectionShapeProperties.NonVisualDrawingProperties?.Description?.Value };
        }).ToList();
        var tables = tree.Descendants<P.GraphicFrame>().Select(f => new TableView(
            f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Name!.Value!,
            f.Descendants<A.TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<A.TableCell>()
                .Select(c => string.Concat(c.Descendants<A.Text>().Select(t => t.Text))).ToList()).ToList(),
            f.Descendants<A.RunProperties>().Select(r => r.FontSize?.Value ?? 0).ToList())).ToList();
        return new SlideView(number, shapes, connectors) { Tables = tables };
    }
}
