using System.Collections.Concurrent;
using Microsoft.Graph.Models.ODataErrors;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// One document's writes: its content, its library columns, its version comment and its retention label. A changed
/// document whose columns are managed is checked out, written, given its columns and checked in with its change
/// summary as the comment, so the library's version history reads like the document's own revision table: one new
/// version per change. A new document is one version too: its upload, with its columns written into that version
/// (SharePoint REST <c>ValidateUpdateListItem</c>, <c>bNewDocumentUpdate</c>); that first version has no comment, as an
/// upload takes none.
/// </summary>
public sealed partial class SharePointLibraryTarget
{
    /// <summary>The comment of a version whose content did not change, only its columns.</summary>
    internal const string ColumnsOnlyComment = "Library columns updated; the content is unchanged";

    private async Task WriteDocumentAsync(DocumentSpec spec, DocumentChange change, Action<RecordedDocument> record,
        ConcurrentBag<(string Path, string Label)> unlabelled, CancellationToken ct)
    {
        LogUpload(_logger, spec.Path, spec.Content.Length);
        if (change == DocumentChange.New)
        {
            await WriteNewDocumentAsync(spec, record, unlabelled, ct).ConfigureAwait(false);
            return;
        }
        DriveEntry? item = null;
        if (spec.Fields is not null)
        {
            item = await Naming(spec.Path, "read", () => _drive.ItemAsync(spec.Path, ct)).ConfigureAwait(false);
            if (item is not null)
            {
                await Naming(spec.Path, "check out", () => Done(_metadata.CheckOutAsync(_drive.DriveId, item.Id, ct))).ConfigureAwait(false);
            }
        }
        var uploaded = await Naming(spec.Path, "upload", () => UploadAsync(spec, change, ct)).ConfigureAwait(false);
        // The content is in place; its columns are not yet: a run that dies here writes them next time.
        record(RecordedDocument.Of(spec) with { CTag = uploaded.CTag, Fields = null, RetentionLabel = null });
        if (spec.Fields is null)
        {
            record(RecordedDocument.Of(spec) with { CTag = uploaded.CTag });
            return;
        }
        if (item is null)
        {
            item = await ListedAsync(spec.Path, uploaded, ct).ConfigureAwait(false);
            await Naming(spec.Path, "check out", () => Done(_metadata.CheckOutAsync(_drive.DriveId, item.Id, ct))).ConfigureAwait(false);
        }
        var comment = spec.Record?.Control?.History is [var latest, ..] ? latest.Change : "Published by OfficeInfra";
        await FinishAsync(spec, item, comment, null, record, unlabelled, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A new document: uploaded, then its columns written into the version the upload made (no check-out, no second
    /// version), then labelled. A run that dies between the upload and the columns leaves the document recorded without
    /// columns, and the next run writes them as a columns-only version.
    /// </summary>
    private async Task WriteNewDocumentAsync(DocumentSpec spec, Action<RecordedDocument> record,
        ConcurrentBag<(string Path, string Label)> unlabelled, CancellationToken ct)
    {
        var uploaded = await Naming(spec.Path, "upload", () => UploadAsync(spec, DocumentChange.New, ct)).ConfigureAwait(false);
        record(RecordedDocument.Of(spec) with { CTag = uploaded.CTag, Fields = null, RetentionLabel = null });
        if (spec.Fields is null)
        {
            record(RecordedDocument.Of(spec) with { CTag = uploaded.CTag });
            return;
        }
        var item = await ListedAsync(spec.Path, uploaded, ct).ConfigureAwait(false);
        await Naming(spec.Path, "set the columns of", () => Done(_metadata.SetNewDocumentFieldsAsync(item.ListItem!, spec.Fields, ct))).ConfigureAwait(false);
        var label = await LabelAsync(spec, item.Id, null, unlabelled, ct).ConfigureAwait(false);
        var now = await Naming(spec.Path, "read", () => _drive.ItemAsync(spec.Path, ct)).ConfigureAwait(false);
        record(RecordedDocument.Of(spec) with { CTag = now?.CTag, RetentionLabel = label });
    }

    /// <summary>
    /// <paramref name="written"/> with its list item: an upload's answer carries none (Graph returns <c>sharepointIds</c>
    /// only when selected), so the item is read again by path, selecting it.
    /// </summary>
    private async Task<DriveEntry> ListedAsync(string path, DriveEntry written, CancellationToken ct)
    {
        if (written.ListItem is not null)
        {
            return written;
        }
        var item = await Naming(path, "read", () => _drive.ItemAsync(path, ct)).ConfigureAwait(false);
        return item?.ListItem is not null ? item
            : throw new OfficeInfraException(ErrorKind.TargetFailed, $"SharePoint did not say which list item '{path}' is, so its columns cannot be set.");
    }

    /// <summary>
    /// Uploads the content. A new document is created only if nothing is there yet (<c>conflictBehavior=fail</c>), so a
    /// create retried after its answer was lost finds its own bytes rather than making a second version; a document
    /// that exists is checked out first, so a retried write makes no version either.
    /// </summary>
    private async Task<DriveEntry> UploadAsync(DocumentSpec spec, DocumentChange change, CancellationToken ct)
    {
        if (change != DocumentChange.New || spec.Content.LongLength > _options.LargeFileThreshold)
        {
            return await _drive.UploadAsync(spec.Path, spec.Content, ct).ConfigureAwait(false);
        }
        var cut = spec.Path.LastIndexOf('/');
        if (cut >= 0)
        {
            await _drive.EnsureFolderAsync(spec.Path[..cut], ct).ConfigureAwait(false);
        }
        return await _drive.ReplaceIfUnchangedAsync(spec.Path, spec.Content, null, ct).ConfigureAwait(false)
            ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"A file appeared at '{spec.Path}' while this publish ran; it was left alone. Publish again.");
    }

    private async Task WriteMetadataAsync(DocumentSpec spec, RecordedDocument? old, Action<RecordedDocument> record,
        ConcurrentBag<(string Path, string Label)> unlabelled, CancellationToken ct)
    {
        var item = await Naming(spec.Path, "read", () => _drive.ItemAsync(spec.Path, ct)).ConfigureAwait(false)
            ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"'{spec.Path}' is no longer in the library; publish again.");
        if (old?.Metadata is null || !LibraryColumns.Key(old.Fields, null)!.Equals(LibraryColumns.Key(spec.Fields, null), StringComparison.Ordinal))
        {
            await Naming(spec.Path, "check out", () => Done(_metadata.CheckOutAsync(_drive.DriveId, item.Id, ct))).ConfigureAwait(false);
            await FinishAsync(spec, item, ColumnsOnlyComment, old?.RetentionLabel, record, unlabelled, ct).ConfigureAwait(false);
            return;
        }
        // Only the label changed: no new version.
        var label = await LabelAsync(spec, item.Id, old.RetentionLabel, unlabelled, ct).ConfigureAwait(false);
        record(RecordedDocument.Of(spec) with { CTag = old.CTag, RetentionLabel = label });
    }

    /// <summary>Writes the columns of a checked-out document, checks it in with <paramref name="comment"/>, labels it, and records it.</summary>
    private async Task FinishAsync(DocumentSpec spec, DriveEntry item, string comment, string? oldLabel, Action<RecordedDocument> record,
        ConcurrentBag<(string Path, string Label)> unlabelled, CancellationToken ct)
    {
        var listItem = item.ListItem ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"SharePoint did not say which list item '{spec.Path}' is, so its columns cannot be set.");
        await Naming(spec.Path, "set the columns of", () => Done(_metadata.SetFieldsAsync(listItem, spec.Fields!, ct))).ConfigureAwait(false);
        await Naming(spec.Path, "check in", () => Done(_metadata.CheckInAsync(_drive.DriveId, item.Id, comment, ct))).ConfigureAwait(false);
        var label = await LabelAsync(spec, item.Id, oldLabel, unlabelled, ct).ConfigureAwait(false);
        // Read back: the cTag the document has now is the one the next run compares with.
        var now = await Naming(spec.Path, "read", () => _drive.ItemAsync(spec.Path, ct)).ConfigureAwait(false);
        record(RecordedDocument.Of(spec) with { CTag = now?.CTag, RetentionLabel = label });
    }

    /// <summary>
    /// Applies the document's retention label when it has one it does not carry yet; returns the label it carries
    /// afterwards. A label the tenant does not have is noted for the end of the run, and the rest goes on.
    /// </summary>
    private async Task<string?> LabelAsync(DocumentSpec spec, string id, string? current, ConcurrentBag<(string Path, string Label)> unlabelled, CancellationToken ct)
    {
        if (spec.RetentionLabel is not { } label || label == current)
        {
            return spec.RetentionLabel ?? current;
        }
        try
        {
            await Naming(spec.Path, "label", () => Done(_metadata.LabelAsync(_drive.DriveId, id, label, ct))).ConfigureAwait(false);
            return label;
        }
        catch (OfficeInfraException e) when (e.InnerException is ODataError { ResponseStatusCode: 400 or 404 })
        {
            unlabelled.Add((spec.Path, label));
            return current;
        }
    }

    /// <summary>
    /// Applies a folder's retention label (Graph <c>PATCH /drives/{drive-id}/items/{item-id}/retentionLabel</c>, which
    /// takes folders: the documentation says every item already in the folder is then tagged with the label too, while
    /// an item's own label stays). False when the tenant has no such label (noted for the end of the run).
    /// </summary>
    private async Task<bool> LabelFolderAsync(PlannedFolderLabel folder, ConcurrentBag<(string Path, string Label)> unlabelled, CancellationToken ct)
    {
        var item = await Naming(folder.Path, "read", () => _drive.ItemAsync(folder.Path, ct)).ConfigureAwait(false)
            ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The folder '{folder.Path}' is no longer in the library; publish again.");
        try
        {
            await Naming(folder.Path, "label", () => Done(_metadata.LabelAsync(_drive.DriveId, item.Id, folder.Label, ct))).ConfigureAwait(false);
            return true;
        }
        catch (OfficeInfraException e) when (e.InnerException is ODataError { ResponseStatusCode: 400 or 404 })
        {
            unlabelled.Add((folder.Path, folder.Label));
            return false;
        }
    }

    /// <summary>After the run: one sentence for the documents whose retention label the tenant does not have.</summary>
    private static void ThrowIfUnlabelled(ConcurrentBag<(string Path, string Label)> unlabelled)
    {
        if (unlabelled.IsEmpty)
        {
            return;
        }
        var labels = unlabelled.Select(u => u.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var first = unlabelled.Select(u => u.Path).Order(StringComparer.Ordinal).First();
        throw new OfficeInfraException(ErrorKind.Configuration,
            $"The tenant has no retention label {string.Join(", ", labels.Select(l => $"'{l}'"))}, so {unlabelled.Count} document(s) or folder(s) have no label " +
            $"(the first is '{first}'); everything else was published. Create the label in Microsoft Purview (Records Plan's CSV imports it) " +
            "or change Records:RetentionLabels, then publish again.");
    }

    private static async Task<bool> Done(Task call)
    {
        await call.ConfigureAwait(false);
        return true;
    }
}
