namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Walks the tags of a part in order, keeping track of what <c>this</c> is inside each <c>{{#each}}</c> and
/// <c>{{#with}}</c>, and reports every tag that names nothing in the data or calls an unknown helper.
/// </summary>
internal sealed class ShapeWalk(TemplateShape root, Action<TemplateTag, string> report)
{
    private readonly List<(TemplateShape Outer, TemplateShape Inner, string Name)> _scopes = [];

    private TemplateShape Current => _scopes.Count == 0 ? root : _scopes[^1].Inner;

    public void Walk(IEnumerable<TemplateTag> tags)
    {
        foreach (var tag in tags.Where(t => t.Syntax.Error is null))
        {
            var syntax = tag.Syntax;
            switch (syntax.Kind)
            {
                case TagKind.Open:
                    _scopes.Add((Current, Open(tag), syntax.Name));
                    break;
                case TagKind.Else when _scopes.Count > 0:
                    // The else branch of each/with runs with the outer data.
                    _scopes[^1] = (_scopes[^1].Outer, _scopes[^1].Outer, _scopes[^1].Name);
                    break;
                case TagKind.Close when _scopes.Count > 0 && _scopes[^1].Name == syntax.Name:
                    _scopes.RemoveAt(_scopes.Count - 1);
                    break;
                case TagKind.Value:
                    CheckValue(tag);
                    break;
                case TagKind.Else:
                case TagKind.Close:
                case TagKind.Comment:
                    break;
            }
        }
    }

    private TemplateShape Open(TemplateTag tag)
    {
        var syntax = tag.Syntax;
        if (!TemplateHelpers.BlockHelpers.Contains(syntax.Name))
        {
            report(tag, $"uses an unknown block \"{syntax.Name}\"; the blocks are #if, #unless, #each and #with");
            return Current;
        }
        if (syntax.Arguments.Count != 1)
        {
            report(tag, $"needs exactly one value after #{syntax.Name}");
            return Current;
        }
        var argument = syntax.Arguments[0];
        if (syntax.Name is "if" or "unless")
        {
            CheckArgument(tag, argument);
            return Current;
        }
        var shape = argument.Path is null ? null : Resolve(argument.Path);
        if (shape is null)
        {
            report(tag, $"names \"{argument.Path ?? argument.Literal}\", which is not in the data");
            return Current;
        }
        if (syntax.Name == "each" && shape.Kind != ShapeKind.List)
        {
            report(tag, $"repeats \"{argument.Path}\", which is not a list");
            return Current;
        }
        if (syntax.Name == "with" && shape.Kind != ShapeKind.Record)
        {
            report(tag, $"opens \"{argument.Path}\", which has no fields");
            return Current;
        }
        return syntax.Name == "each" ? shape.Item! : shape;
    }

    private void CheckValue(TemplateTag tag)
    {
        var syntax = tag.Syntax;
        if (syntax.Name.Length == 0)
        {
            CheckArgument(tag, syntax.Arguments[0]);
            return;
        }
        CheckCall(tag, syntax.Name, syntax.Arguments);
    }

    private void CheckCall(TemplateTag tag, string helper, IReadOnlyList<TagArgument> arguments)
    {
        if (!TemplateHelpers.ValueHelpers.TryGetValue(helper, out var most))
        {
            report(tag, $"calls \"{helper}\", which is not a known helper (formatDate, join, eq) nor a single value");
            return;
        }
        if (arguments.Count == 0 || arguments.Count > most)
        {
            report(tag, $"gives {helper} {arguments.Count} values; it takes 1 to {most}");
            return;
        }
        foreach (var argument in arguments)
        {
            CheckArgument(tag, argument);
        }
        if (helper == "formatDate" && arguments.Count == 2 && arguments[1].Literal is { } pattern &&
            !TemplateHelpers.IsUsableDatePattern(pattern))
        {
            report(tag, $"gives formatDate the pattern \"{pattern}\", which no date can be written in; use letters such as d, MMMM and yyyy, and put other words in single quotes ('of')");
        }
    }

    private void CheckArgument(TemplateTag tag, TagArgument argument)
    {
        if (argument.SubExpression is { Count: > 0 } inner)
        {
            if (inner[0].Path is { } helper)
            {
                CheckCall(tag, helper, inner.Skip(1).ToList());
            }
            else
            {
                report(tag, "has a bracketed part that does not start with a helper name");
            }
        }
        else if (argument.Path is { } path && Resolve(path) is null)
        {
            report(tag, $"names \"{path}\", which is not in the data here (TAGS.md lists the tags)");
        }
    }

    private TemplateShape? Resolve(string path)
    {
        var depth = _scopes.Count;
        var shape = Current;
        if (path.StartsWith("@root", StringComparison.Ordinal))
        {
            shape = root;
            path = path.Length > 5 ? path[6..] : string.Empty;
        }
        else if (path.StartsWith('@'))
        {
            return path is "@index" or "@first" or "@last" or "@key" && _scopes.Count > 0 ? TemplateShape.Text : null;
        }
        while (path.StartsWith("../", StringComparison.Ordinal))
        {
            if (depth == 0)
            {
                return null;
            }
            depth--;
            shape = depth == 0 ? root : _scopes[depth - 1].Inner;
            path = path[3..];
        }
        foreach (var segment in path.Split('.', '/'))
        {
            if (segment is "this" or "" or ".")
            {
                continue;
            }
            if (shape.Kind != ShapeKind.Record || !shape.Fields.TryGetValue(segment, out var field))
            {
                return null;
            }
            shape = field;
        }
        return shape;
    }
}
