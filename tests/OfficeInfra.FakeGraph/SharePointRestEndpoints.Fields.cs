using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OfficeInfra.FakeGraph;

/// <summary>
/// SP.ListItem <c>ValidateUpdateListItem(formValues, bNewDocumentUpdate)</c>, as Microsoft documents it: each value is
/// text the way SharePoint's forms read it (numbers invariant, dates ISO 8601 here); the answer is 200 with one line
/// per field, <c>HasException</c> and <c>ErrorMessage</c> on a field SharePoint refused, and then nothing is committed.
/// With <c>bNewDocumentUpdate</c> ("a document being updated after upload") the values go into the current version;
/// without it, the update is a version of its own unless the file is checked out.
/// </summary>
internal sealed partial class SharePointRestEndpoints
{
    private async Task ValidateUpdateAsync(HttpContext ctx, FakeItem target)
    {
        var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
        var newDocument = body.TryGetProperty("bNewDocumentUpdate", out var flag) && flag.ValueKind == JsonValueKind.True;
        var values = body.GetProperty("formValues").EnumerateArray()
            .Select(v => (Name: v.GetProperty("FieldName").GetString() ?? "", Value: v.GetProperty("FieldValue").GetString()))
            .ToList();
        var lines = library.Locked(() =>
        {
            var parsed = values.Select(v => (v.Name, v.Value, Parsed: Parse(v.Name, v.Value))).ToList();
            if (parsed.All(p => p.Parsed.Error is null))
            {
                foreach (var (name, _, (value, _)) in parsed)
                {
                    target.Fields[name] = value;
                }
                // Metadata changed: a new eTag; a version of its own only when this is not the upload's own update.
                target.Version++;
                if (!newDocument && !target.CheckedOut)
                {
                    library.NewVersion(target, null);
                }
            }
            return parsed.Select(p => new
            {
                ErrorCode = p.Parsed.Error is null ? 0 : -2130575163,
                ErrorMessage = p.Parsed.Error,
                FieldName = p.Name,
                FieldValue = p.Value,
                HasException = p.Parsed.Error is not null,
                ItemId = target.ListItemId,
            }).ToList();
        });
        await Json.WriteAsync(ctx, 200, new { value = lines }).ConfigureAwait(false);
    }

    private (object? Value, string? Error) Parse(string name, string? text)
    {
        if (!library.Columns.TryGetValue(name, out var column))
        {
            return (null, $"Column '{name}' does not exist. It may have been deleted by another user.");
        }
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }
        return column.Type switch
        {
            "number" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (number, null) : (null, "Only numbers can go here."),
            "dateTime" => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                ? (date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), null)
                : (null, "You must specify a valid date within the range of 1/1/1900 and 12/31/8900."),
            _ => (text, null),
        };
    }
}
