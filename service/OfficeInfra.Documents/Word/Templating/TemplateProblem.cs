namespace OfficeInfra.Documents.Word.Templating;

/// <summary>One thing wrong with a template, told so that HR can find and fix it in Word.</summary>
/// <param name="Template">The template file name, e.g. <c>Job Description.docx</c>.</param>
/// <param name="Tag">The tag as typed, e.g. <c>{{role.titel}}</c>.</param>
/// <param name="Paragraph">The text of the paragraph the tag sits in.</param>
/// <param name="Message">One sentence for the user, naming the tag and the paragraph.</param>
public sealed record TemplateProblem(string Template, string Tag, string Paragraph, string Message);
