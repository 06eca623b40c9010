using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OfficeInfra.FakeGraph;

/// <summary>
/// The records calls, answered as Microsoft's Graph v1.0 documentation says: the drive's list, the list's columns
/// (list, create; 409 when the name exists), a file's list item fields (PATCH; 400 for a column the list lacks or a
/// value of the wrong type; 412 on a stale <c>If-Match</c>), check-out and check-in with a comment (400 when the file
/// is not checked out), and retention labels (201 the first time, 200 after; 400 for a label the tenant does not have;
/// a folder's label tags what the folder holds, except items labelled themselves).
/// </summary>
internal sealed partial class GraphEndpoints
{
    private async Task ListAsync(HttpContext ctx) =>
        await Json.WriteAsync(ctx, 200, new { id = Library.ListId, name = "Documents", displayName = "Documents" }).ConfigureAwait(false);

    private async Task ColumnsAsync(HttpContext ctx)
    {
        if (ctx.Request.Method == "GET")
        {
            var value = Library.Locked(() => Library.Columns.Select(c => Column(c.Key, c.Value.DisplayName, c.Value.Type)).ToList());
            await Json.WriteAsync(ctx, 200, new { value }).ConfigureAwait(false);
            return;
        }
        var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
        var name = body.TryGetProperty("name", out var n) ? n.GetString() : null;
        var display = body.TryGetProperty("displayName", out var d) ? d.GetString() : name;
        var type = new[] { "text", "number", "dateTime", "boolean" }.FirstOrDefault(t => body.TryGetProperty(t, out var f) && f.ValueKind == JsonValueKind.Object);
        if (string.IsNullOrEmpty(name) || type is null)
        {
            await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", "A column needs a name and one type facet.")).ConfigureAwait(false);
            return;
        }
        var created = Library.Locked(() => Library.Columns.TryAdd(name, (display ?? name, type)));
        await (created
            ? Json.WriteAsync(ctx, 201, Column(name, display ?? name, type))
            : Json.WriteAsync(ctx, 409, Json.Error("nameAlreadyExists", $"A field or property with the name '{name}' already exists."))).ConfigureAwait(false);
    }

    private async Task RecordsActionAsync(HttpContext ctx, FakeItem item, string action)
    {
        switch (ctx.Request.Method, action)
        {
            case ("PATCH", "/listItem/fields"):
                await FieldsAsync(ctx, item).ConfigureAwait(false);
                return;
            case ("POST", "/checkout"):
                Library.Locked(() => { item.CheckedOut = true; item.Version++; return true; });
                ctx.Response.StatusCode = 204;
                return;
            case ("POST", "/checkin"):
                var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
                var comment = body.TryGetProperty("comment", out var c) ? c.GetString() : null;
                var checkedIn = Library.Locked(() =>
                {
                    if (!item.CheckedOut)
                    {
                        return false;
                    }
                    item.CheckedOut = false;
                    item.Version++;
                    Library.NewVersion(item, comment);
                    return true;
                });
                if (!checkedIn)
                {
                    await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", "The file is not checked out.")).ConfigureAwait(false);
                    return;
                }
                ctx.Response.StatusCode = 204;
                return;
            case ("PATCH", "/retentionLabel"):
                var label = (await Json.ReadAsync(ctx).ConfigureAwait(false)).TryGetProperty("name", out var l) ? l.GetString() : null;
                var (known, first) = Library.Locked(() =>
                {
                    if (label is null || !Library.RetentionLabels.Contains(label))
                    {
                        return (false, false);
                    }
                    var was = item.RetentionLabel;
                    item.RetentionLabel = label;
                    item.RetentionLabelExplicit = true;
                    if (item.IsFolder)
                    {
                        TagContents(item, label);
                    }
                    return (true, was is null);
                });
                await (known
                    ? Json.WriteAsync(ctx, first ? 201 : 200, new { name = label, isLabelAppliedExplicitly = true })
                    : Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", $"The retention label '{label}' was not found in the tenant."))).ConfigureAwait(false);
                return;
            default:
                await Json.WriteAsync(ctx, 400, Json.Error("invalidRequest", $"{ctx.Request.Method} {action} is not supported by the fake.")).ConfigureAwait(false);
                return;
        }
    }

    // "When a retention label is applied to a folder, all the items in the folder are tagged with the same retention
    // label" (driveitem-setretentionlabel); an item labelled explicitly keeps its own label, as Purview's rules say.
    private void TagContents(FakeItem folder, string label)
    {
        foreach (var child in Library.Children(folder.Id).Where(c => !c.RetentionLabelExplicit))
        {
            child.RetentionLabel = label;
            if (child.IsFolder)
            {
                TagContents(child, label);
            }
        }
    }

    private async Task FieldsAsync(HttpContext ctx, FakeItem item)
    {
        var body = await Json.ReadAsync(ctx).ConfigureAwait(false);
        var ifMatch = ctx.Request.Headers.IfMatch.ToString();
        var error = Library.Locked(() =>
        {
            if (ifMatch.Length > 0 && ifMatch != "*" && ifMatch != ETag(item))
            {
                return (412, "resourceModified", "ETag does not match current item's value.");
            }
            foreach (var field in body.EnumerateObject())
            {
                if (!Library.Columns.TryGetValue(field.Name, out var column))
                {
                    return (400, "invalidRequest", $"Field '{field.Name}' is not recognized");
                }
                var fits = column.Type switch
                {
                    "number" => field.Value.ValueKind == JsonValueKind.Number,
                    "dateTime" => field.Value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(field.Value.GetString(), CultureInfo.InvariantCulture, out _),
                    "boolean" => field.Value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                    _ => field.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null,
                };
                if (!fits)
                {
                    return (400, "generalException", $"The value of field '{field.Name}' is not valid for a {column.Type} column.");
                }
            }
            foreach (var field in body.EnumerateObject())
            {
                item.Fields[field.Name] = field.Value.ValueKind switch
                {
                    JsonValueKind.Number => field.Value.GetDouble(),
                    JsonValueKind.Null => null,
                    _ => field.Value.ToString(),
                };
            }
            item.Version++;
            if (!item.CheckedOut)
            {
                Library.NewVersion(item, null);
            }
            return (0, "", "");
        });
        await (error.Item1 == 0
            ? Json.WriteAsync(ctx, 200, item.Fields)
            : Json.WriteAsync(ctx, error.Item1, Json.Error(error.Item2, error.Item3))).ConfigureAwait(false);
    }

    private static Dictionary<string, object?> Column(string name, string displayName, string type) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["name"] = name,
        ["displayName"] = displayName,
        [type] = new { },
    };
}
