namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// A tag taken apart: <c>{{role.title}}</c> is a value, <c>{{#each tasks}}</c> opens a block, <c>{{/each}}</c>
/// closes it, <c>{{join tools ", "}}</c> calls a helper. Only the subset of Handlebars the templates need.
/// </summary>
internal sealed record TagSyntax(TagKind Kind, string Name, IReadOnlyList<TagArgument> Arguments, string? Error)
{
    public static TagSyntax Parse(string inner)
    {
        var text = inner.Trim().Trim('~').Trim();
        if (text.StartsWith('{') || text.EndsWith('}'))
        {
            return Fail("triple braces would put raw XML into the document; use two braces");
        }
        if (text.StartsWith('!'))
        {
            return new TagSyntax(TagKind.Comment, string.Empty, [], null);
        }
        if (text is "else" or "^")
        {
            return new TagSyntax(TagKind.Else, "else", [], null);
        }
        if (text.StartsWith("else ", StringComparison.Ordinal))
        {
            return Fail("\"else if\" chains are not supported; nest an {{#if}} inside the {{else}}");
        }
        // {{> name}}, {{#> layout}} and {{#*inline "name"}} are all partials; {{* name}} is a decorator.
        if (text.StartsWith('>') || text.StartsWith("#>", StringComparison.Ordinal) || text.StartsWith("#*", StringComparison.Ordinal))
        {
            return Fail("partials are not supported; write the text into the template itself");
        }
        if (text.StartsWith('*'))
        {
            return Fail("decorators are not supported");
        }
        if (text.StartsWith('/'))
        {
            return new TagSyntax(TagKind.Close, text[1..].Trim(), [], null);
        }
        var kind = TagKind.Value;
        if (text.StartsWith('#') || text.StartsWith('^'))
        {
            kind = TagKind.Open;
            text = (text[0] == '^' ? "unless " : string.Empty) + text[1..];
        }
        var position = 0;
        var words = ReadArguments(text, ref position, out var error);
        if (error is not null || words.Count == 0)
        {
            return Fail(error ?? "the tag is empty");
        }
        var first = words[0];
        if (first.Path is null)
        {
            return Fail("a tag must start with a name");
        }
        if (kind == TagKind.Value && words.Count == 1)
        {
            return new TagSyntax(TagKind.Value, string.Empty, words, null);
        }
        return new TagSyntax(kind, first.Path, words.Skip(1).ToList(), null);
    }

    private static TagSyntax Fail(string error) => new(TagKind.Value, string.Empty, [], error);

    private static List<TagArgument> ReadArguments(string text, ref int position, out string? error)
    {
        error = null;
        var arguments = new List<TagArgument>();
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == ')')
            {
                position++;
                return arguments;
            }
            else if (c == '(')
            {
                position++;
                var inner = ReadArguments(text, ref position, out error);
                if (error is not null)
                {
                    return arguments;
                }
                arguments.Add(new TagArgument(null, null, inner));
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, position + 1);
                if (end < 0)
                {
                    error = "a quoted text is not closed";
                    return arguments;
                }
                arguments.Add(new TagArgument(null, text[(position + 1)..end], null));
                position = end + 1;
            }
            else
            {
                var start = position;
                while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not '(' and not ')')
                {
                    position++;
                }
                var word = text[start..position];
                if (word.Contains('=', StringComparison.Ordinal) || word == "as" || word.StartsWith('|'))
                {
                    error = "named arguments and block parameters are not supported";
                    return arguments;
                }
                arguments.Add(IsLiteral(word) ? new TagArgument(null, word, null) : new TagArgument(word, null, null));
            }
        }
        return arguments;
    }

    private static bool IsLiteral(string word) =>
        word is "true" or "false" or "null" or "undefined" || (word.Length > 0 && (char.IsAsciiDigit(word[0]) || word[0] == '-'));
}
