namespace OfficeInfra.Documents.Word.Templating;

/// <summary>A block of a template: its open tag, any <c>{{else}}</c>, its close tag, and where it is placed.</summary>
internal sealed record TemplateBlock(TemplateTag Open, IReadOnlyList<TemplateTag> Elses, TemplateTag Close, BlockPlacement Placement);
