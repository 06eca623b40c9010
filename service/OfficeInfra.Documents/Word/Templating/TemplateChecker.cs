namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Lists what is wrong with HR's templates before a run uses them (<c>templates check &lt;dir&gt;</c>): tags that name
/// nothing in the data, unknown helpers, blocks that are not closed or closed in the wrong place, each with the
/// paragraph it sits in.
/// </summary>
public static class TemplateChecker
{
    /// <summary>
    /// Checks <c>Job Description.docx</c> and <c>SOP.docx</c> in <paramref name="directory"/> (a file that is absent
    /// is not a problem: the built-in one is used). An empty list means the templates are fine.
    /// </summary>
    public static IReadOnlyList<TemplateProblem> Check(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput, $"The templates folder \"{directory}\" does not exist.");
        }
        var problems = new List<TemplateProblem>();
        foreach (var (template, name) in TemplateSet.Files)
        {
            var shape = TemplateSet.ShapeOf(template);
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                problems.AddRange(Check(File.ReadAllBytes(path), name, shape));
            }
        }
        return problems;
    }

    /// <summary>Checks one template's tags against the data shape it will be rendered with.</summary>
    public static IReadOnlyList<TemplateProblem> Check(byte[] docx, string templateName, TemplateShape shape)
    {
        try
        {
            return DocxTemplate.Check(docx, templateName, shape);
        }
        catch (OfficeInfraException e) when (e.Kind == ErrorKind.InvalidTemplate)
        {
            return [new TemplateProblem(templateName, string.Empty, string.Empty, e.Message)];
        }
    }
}
