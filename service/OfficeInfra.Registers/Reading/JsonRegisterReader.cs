using System.Globalization;
using System.Text.Json;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Reads the registers as the camelCase JSON that travels between the add-in and the service (SPEC §2):
/// <c>{ "organisation": {...}, "departments": [...], "roles": [...], "tasks": [...], "processes": [...], "journey": [...] }</c>
/// (<c>journey</c> optional), each
/// item keyed by the <see cref="RegisterColumn.JsonKey"/>s of <see cref="RegisterSchema"/>. Property names match
/// case-insensitively; list fields (<c>tools</c>, <c>owners</c>, …) accept an array or a separated string; other
/// fields accept a string, number or boolean; <c>organisation</c> may also be a string holding only the name (its
/// older form); unknown properties are ignored.
/// </summary>
public static class JsonRegisterReader
{
    /// <summary>Parses registers JSON. Throws <see cref="OfficeInfraException"/> (UnreadableInput) on malformed JSON.</summary>
    public static RegisterSet Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput,
                $"The registers are not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new OfficeInfraException(ErrorKind.UnreadableInput,
                    "The registers JSON must be an object with departments, roles, tasks and processes.");
            }
            var settings = Settings(root);
            return new RegisterSet(settings.Name ?? string.Empty,
                Items(root, RegisterSchema.Departments),
                Items(root, RegisterSchema.Roles),
                RegisterRows.WithIds(Items(root, RegisterSchema.Tasks)),
                Items(root, RegisterSchema.Processes))
            {
                Settings = settings,
                Journey = Items(root, RegisterSchema.Journey),
                Records = Items(root, RegisterSchema.Records),
                ColumnsRead = RegisterSchema.All.ToDictionary(r => r.Name, r => (IReadOnlySet<string>)ColumnsIn(root, r), StringComparer.OrdinalIgnoreCase),
            };
        }
    }

    /// <summary>The <c>organisation</c> object, or its older form: a string holding only the name.</summary>
    private static OrganisationSettings Settings(JsonElement root) => Property(root, RegisterSchema.Organisation.JsonKey) switch
    {
        { ValueKind: JsonValueKind.Object } settings => Item(RegisterSchema.Organisation, settings),
        { ValueKind: JsonValueKind.String } => new OrganisationSettings(Name: Text(root, RegisterSchema.Organisation.JsonKey)),
        _ => OrganisationSettings.None,
    };

    /// <summary>The headers of the columns any item of <paramref name="register"/> names, even with an empty value (the
    /// add-in sends only filled cells, so for it a column counts once some row fills it).</summary>
    private static HashSet<string> ColumnsIn(JsonElement root, RegisterSheet register)
    {
        var items = register == RegisterSchema.Organisation
            ? Property(root, register.JsonKey) is { ValueKind: JsonValueKind.Object } settings ? [settings] : []
            : Property(root, register.JsonKey) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList() : [];
        var keys = items.SelectMany(e => e.EnumerateObject().Select(p => p.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return register.Columns.Where(c => keys.Contains(c.JsonKey) || (c.JsonAlias is not null && keys.Contains(c.JsonAlias)))
            .Select(c => c.Header).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static List<T> Items<T>(JsonElement root, RegisterSheet<T> register) where T : class =>
        Items(root, register.JsonKey).Select(e => Item(register, e)).ToList();

    private static T Item<T>(RegisterSheet<T> register, JsonElement element) where T : class
    {
        var item = register.Create();
        foreach (var column in register.TypedColumns)
        {
            if (column.Separator is { } separator)
            {
                if (List(element, column.JsonKey, separator) is { Length: > 0 } list)
                {
                    column.SetList(item, list);
                }
            }
            else if ((Text(element, column.JsonKey) ?? (column.JsonAlias is null ? null : Text(element, column.JsonAlias))) is { } text)
            {
                column.SetText(item, text);
            }
        }
        register.SetRow(item, Row(element));
        return item;
    }

    private static List<JsonElement> Items(JsonElement root, string name)
    {
        if (Property(root, name) is not { } array || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput, $"In the registers JSON, '{name}' must be an array.");
        }
        return array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
    }

    private static JsonElement? Property(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    /// <summary>A string, number or boolean as trimmed text; null when absent, null or blank.</summary>
    private static string? Text(JsonElement item, string name)
    {
        var text = Property(item, name) switch
        {
            { ValueKind: JsonValueKind.String } v => v.GetString(),
            { ValueKind: JsonValueKind.Number } v => v.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : v.GetRawText(),
            { ValueKind: JsonValueKind.True } => "TRUE",
            { ValueKind: JsonValueKind.False } => "FALSE",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static int? Row(JsonElement item) =>
        Property(item, "row") is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var row) ? row : null;

    private static string[] List(JsonElement item, string name, char separator) => Property(item, name) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()?.Trim() : e.ValueKind == JsonValueKind.Number ? e.GetRawText() : null)
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToArray(),
        { ValueKind: JsonValueKind.String } text => text.GetString()!.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        _ => [],
    };
}
