using System.Buffers;
using System.Globalization;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// A tag taken apart: <c>{{role.title}}</c> is a value, <c>{{#each tasks}}</c> opens a block, <c>{{/each}}</c>
/// closes it, <c>{{join tools ", "}}</c> calls a helper. Only the subset of Handlebars the templates need.
/// </summary>
internal sealed record TagSyntax(TagKind Kind, string Name, IReadOnlyList<TagArgument> Arguments, string? Error)
{
    /// <summary>The characters Handlebars does not allow in a name (its ID token).</summary>
    private static readonly SearchValues<char> NotInNames = SearchValues.Create("!\"#%&'()*+,./;<=>@[\\]^`{|}~");

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
                var word = ReadWord(text, ref position, out error);
                if (word is null)
                {
                    return arguments;
                }
                arguments.Add(word);
            }
        }
        return arguments;
    }

    // A bare word: a literal or a path; null, with the error, when a tag cannot use it.
    private static TagArgument? ReadWord(string text, ref int position, out string? error)
    {
        error = null;
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not '(' and not ')')
        {
            position++;
        }
        var word = text[start..position];
        if (word.Contains('=', StringComparison.Ordinal) || word == "as" || word.StartsWith('|'))
        {
            error = "named arguments and block parameters are not supported";
            return null;
        }
        if (IsLiteral(word))
        {
            return new TagArgument(null, word, null);
        }
        if (!IsPath(word))
        {
            error = $"\"{word}\" is not a name a tag can use; names are written like role.title or ../name";
            return null;
        }
        return new TagArgument(word, null, null);
    }

    private static bool IsLiteral(string word) =>
        word is "true" or "false" or "null" or "undefined" ||
        (word.Length > 0 && (char.IsAsciiDigit(word[0]) || word[0] == '-') &&
         double.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _));

    /// <summary>
    /// A path as Handlebars reads it without surprises: <c>../</c> steps first, then <c>this</c>, <c>.</c> or names
    /// joined by <c>.</c> or <c>/</c>, none empty. Handlebars.Net compiles "/steps" and then fails inside its path
    /// resolver while rendering (IndexOutOfRangeException); "title." and "items..name" it reads as something other than
    /// what they look like (the title; nothing). Such paths are typing mistakes, refused here.
    /// </summary>
    private static bool IsPath(string path)
    {
        var rest = path;
        while (rest.StartsWith("../", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }
        if (rest is "this" or ".")
        {
            return true;
        }
        if (rest.StartsWith("./", StringComparison.Ordinal) || rest.StartsWith("this.", StringComparison.Ordinal) ||
            rest.StartsWith("this/", StringComparison.Ordinal))
        {
            rest = rest[(rest[0] == '.' ? 2 : 5)..];
        }
        var segments = rest.Split('.', '/');
        return segments.Select((segment, i) => i == 0 && segment.StartsWith('@') ? segment[1..] : segment)
            .All(segment => segment.Length > 0 && segment != "this" && !segment.AsSpan().ContainsAny(NotInNames));
    }

}
