using System.Globalization;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Checkin;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OfficeInfra.Publishing.Records;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// The library's columns and each document's column values and version comment, through the Graph SDK; the library's
/// versioning setting through SharePoint REST, where Graph has no call.
/// </summary>
/// <remarks>
/// Documentation followed (Microsoft Graph v1.0): "List columns in a list" and "Create columnDefinition"
/// (<c>GET/POST /sites/{site-id}/lists/{list-id}/columns</c>; 201; a column is text, number or dateTime by which of
/// those facets it carries); "Update listItem" (<c>PATCH …/listItem/fields</c> with the
/// columns' internal names; also <c>/sites/{site-id}/lists/{list-id}/items/{item-id}/fields</c>, the form the SDK
/// builds); "driveItem: checkout" and "driveItem: checkin" (<c>comment</c>, <c>checkInAs: published</c>):
/// what is written between them becomes one version whose comment is the change summary; "Get drive" → <c>list</c>.
/// SharePoint REST: SP.List <c>EnableVersioning</c> (read with <c>$select</c>, set with a MERGE on
/// <c>_api/web/lists(guid'…')</c>); SP.ListItem <c>ValidateUpdateListItem</c> ("bNewDocumentUpdate: whether the list
/// item is a document being updated after upload"), for a new document's columns. A new document's one version has
/// no comment: an upload takes none, and Graph's check-in cannot overwrite the version the upload made.
/// </remarks>
internal sealed class LibraryMetadata(GraphServiceClient graph, SharePointRestClient rest)
{
    private string? _siteId, _listId;

    /// <summary>The list behind the drive, found once.</summary>
    public async Task ResolveAsync(string siteId, string driveId, CancellationToken ct)
    {
        if (_listId is not null)
        {
            return;
        }
        var list = await graph.Drives[driveId].List.GetAsync(r => r.QueryParameters.Select = ["id"], ct).ConfigureAwait(false);
        _siteId = siteId;
        _listId = list?.Id ?? throw new OfficeInfraException(ErrorKind.TargetFailed, "SharePoint did not say which list the library is.");
    }

    private string ListId => _listId ?? throw new InvalidOperationException("The list is not resolved yet.");

    /// <summary>
    /// The product's columns the library lacks. A column of the same internal name but another type is a configuration
    /// error, raised before anything changes.
    /// </summary>
    public async Task<IReadOnlyList<LibraryColumn>> MissingColumnsAsync(CancellationToken ct)
    {
        var page = await graph.Sites[_siteId].Lists[ListId].Columns.GetAsync(r => r.QueryParameters.Top = 999, ct).ConfigureAwait(false);
        var existing = new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in page?.Value ?? [])
        {
            if (column.Name is { } name)
            {
                existing.TryAdd(name, column);
            }
        }
        var missing = new List<LibraryColumn>();
        foreach (var column in LibraryColumns.All)
        {
            if (!existing.TryGetValue(column.Name, out var found))
            {
                missing.Add(column);
            }
            else if (TypeOf(found) != column.Type)
            {
                throw new OfficeInfraException(ErrorKind.Configuration,
                    $"The library already has a column '{column.Name}' ({found.DisplayName}) of another type; OfficeInfra fills it with {Words(column.Type)}. " +
                    "Rename or remove that column in the library settings, then publish again; nothing was changed.");
            }
        }
        return missing;
    }

    /// <summary>Creates a column; one that exists already (a retried create whose answer was lost) is fine.</summary>
    public async Task CreateColumnAsync(LibraryColumn column, CancellationToken ct)
    {
        var definition = new ColumnDefinition
        {
            Name = column.Name,
            DisplayName = column.DisplayName,
            Text = column.Type == ColumnType.Text ? new TextColumn { MaxLength = 255 } : null,
            Number = column.Type == ColumnType.Number ? new NumberColumn { DecimalPlaces = "none" } : null,
            DateTime = column.Type == ColumnType.Date ? new DateTimeColumn { Format = "dateOnly" } : null,
        };
        try
        {
            await graph.Sites[_siteId].Lists[ListId].Columns.PostAsync(definition, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            // Already there; its type was checked when the plan was made.
        }
    }

    /// <summary>Writes a document's column values (Graph "Update listItem": <c>PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/fields</c>).</summary>
    public Task SetFieldsAsync(ListItemRef item, IReadOnlyDictionary<string, string> values, CancellationToken ct) =>
        graph.Sites[_siteId].Lists[item.ListId].Items[item.ItemId].Fields.PatchAsync(new FieldValueSet
        {
            AdditionalData = values.ToDictionary(v => v.Key, v => Value(v.Key, v.Value)),
        }, cancellationToken: ct);

    /// <summary>
    /// Writes a just-uploaded document's column values into the version its upload made (SharePoint REST
    /// <c>ValidateUpdateListItem</c> with <c>bNewDocumentUpdate: true</c>), so a new document has one version, not an
    /// upload followed by a columns version. Values go as text the way SharePoint's forms read them: numbers as digits,
    /// dates as ISO 8601 (<c>yyyy-MM-dd</c>, which SharePoint reads whatever the site's regional settings).
    /// </summary>
    /// <exception cref="OfficeInfraException">SharePoint refused a value (the message names the column).</exception>
    public async Task SetNewDocumentFieldsAsync(ListItemRef item, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var refused = await rest.ValidateUpdateListItemAsync(item, values, newDocument: true, ct).ConfigureAwait(false);
        if (refused is [var first, ..])
        {
            throw new OfficeInfraException(ErrorKind.TargetFailed,
                $"SharePoint refused the value of the column '{first.Field}' ({first.Message}); check that column's type in the library settings.");
        }
    }

    /// <summary>Checks a document out to the app, so that its new content and column values become one version.</summary>
    public Task CheckOutAsync(string driveId, string itemId, CancellationToken ct) =>
        graph.Drives[driveId].Items[itemId].Checkout.PostAsync(cancellationToken: ct);

    /// <summary>
    /// Checks a document in as a published version whose comment is <paramref name="comment"/>. A retried check-in whose
    /// first answer was lost finds the document checked in already: that is what was wanted.
    /// </summary>
    public async Task CheckInAsync(string driveId, string itemId, string comment, CancellationToken ct)
    {
        try
        {
            await graph.Drives[driveId].Items[itemId].Checkin.PostAsync(new CheckinPostRequestBody { Comment = comment, CheckInAs = "published" },
                cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.BadRequest
            && e.Error?.Message?.Contains("not checked out", StringComparison.OrdinalIgnoreCase) == true)
        {
        }
    }

    /// <summary>Applies a retention label by its name (Graph: <c>PATCH /drives/{drive-id}/items/{item-id}/retentionLabel</c>).</summary>
    public Task LabelAsync(string driveId, string itemId, string label, CancellationToken ct) =>
        graph.Drives[driveId].Items[itemId].RetentionLabel.PatchAsync(new ItemRetentionLabel { Name = label }, cancellationToken: ct);

    /// <summary>True when the library keeps versions.</summary>
    public async Task<bool> VersioningAsync(CancellationToken ct) =>
        await rest.ListBoolAsync(ListId, "EnableVersioning", ct).ConfigureAwait(false);

    /// <summary>Turns on major versions.</summary>
    public Task EnableVersioningAsync(CancellationToken ct) => rest.MergeListAsync(ListId, "{\"EnableVersioning\":true}", ct);

    private static ColumnType? TypeOf(ColumnDefinition column) =>
        column.Text is not null ? ColumnType.Text : column.Number is not null ? ColumnType.Number : column.DateTime is not null ? ColumnType.Date : null;

    private static string Words(ColumnType type) => type switch
    {
        ColumnType.Number => "whole numbers (a Number column)",
        ColumnType.Date => "dates (a Date and Time column)",
        _ => "text (a Single line of text column)",
    };

    // Graph takes a number column's value as a number and a date as ISO 8601.
    private static object Value(string column, string value) => LibraryColumns.All.FirstOrDefault(c => c.Name == column)?.Type switch
    {
        ColumnType.Number => int.Parse(value, CultureInfo.InvariantCulture),
        ColumnType.Date => value + "T00:00:00Z",
        _ => value,
    };
}
