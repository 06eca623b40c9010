namespace OfficeInfra.Documents.Word.Templating;

/// <summary>One argument of a tag: a path into the data, a literal, or a sub-expression such as <c>(eq a "b")</c>.</summary>
internal sealed record TagArgument(string? Path, string? Literal, IReadOnlyList<TagArgument>? SubExpression);
