using System.Globalization;
using System.Text.Json;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Reads the registers as the camelCase JSON that travels between the add-in and the service (SPEC §2):
/// <c>{ "organisation", "departments": [...], "roles": [...], "tasks": [...], "processes": [...] }</c>. Property names
/// match case-insensitively; list fields (<c>tools</c>, <c>owners</c>, <c>members</c>, <c>visitors</c>) accept an array
/// or a separated string; <c>step</c> and <c>id</c> accept a number or a string; unknown properties are ignored.
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
            var tasks = Items(root, "tasks").Select(e => (Id: Text(e, "id"), Element: e)).ToList();
            var ids = new TaskIds(tasks.Select(t => t.Id));
            return new RegisterSet(
                Text(root, "organisation") ?? string.Empty,
                Items(root, "departments").Select(e => new Department(Required(e, "department", "name"), Text(e, "head"), Text(e, "access"),
                    List(e, "owners", ';'), List(e, "members", ';'), List(e, "visitors", ';'), Text(e, "description"), Row(e))).ToList(),
                Items(root, "roles").Select(e => new Role(Required(e, "role", "title"), Required(e, "department"), Text(e, "reportsTo"),
                    Text(e, "type"), Text(e, "status"), Text(e, "holder"), Text(e, "hours"), Text(e, "summary"), Row(e))).ToList(),
                tasks.Select(t => new TaskItem(t.Id ?? ids.Next(), Required(t.Element, "task"), Required(t.Element, "department"),
                    Text(t.Element, "role"), Text(t.Element, "process"), Text(t.Element, "step"), Text(t.Element, "frequency"),
                    List(t.Element, "tools", ','), Text(t.Element, "currentlyDoneBy"), Row(t.Element))).ToList(),
                Items(root, "processes").Select(e => new Process(Required(e, "process", "name"), Required(e, "department"),
                    Text(e, "system"), Text(e, "owner"), Text(e, "trigger"), Text(e, "outcome"), Text(e, "kpi"), Text(e, "target"),
                    List(e, "tools", ','), Row(e))).ToList());
        }
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

    private static string Required(JsonElement item, string name, string? alias = null) =>
        Text(item, name) ?? (alias is null ? null : Text(item, alias)) ?? string.Empty;

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
