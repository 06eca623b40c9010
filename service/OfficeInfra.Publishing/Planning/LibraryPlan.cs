using System.Text.Json.Serialization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Planning;

/// <summary>What happens to one document when a plan is applied.</summary>
/// <remarks>
/// <see cref="Stale"/>: produced by us earlier, its subject has left the registers; kept and reported.
/// <see cref="Delete"/>: stale and pruning was asked for. <see cref="Conflict"/>: a file we did not produce sits where
/// the document belongs; it is left alone and the document is not written. <see cref="Edited"/>: a document we wrote
/// whose bytes are no longer what the records say we wrote (someone edited it); it is left alone.
/// <see cref="Overwrite"/>: such an edited document, replaced because the user asked to overwrite edited documents.
/// <see cref="Metadata"/>: its bytes stay; its library columns or retention label are written.
/// </remarks>
public enum DocumentChange { New, Changed, Unchanged, Stale, Delete, Conflict, Edited, Overwrite, Metadata }

/// <summary>One document line of a plan.</summary>
public sealed record PlannedDocument(string Path, DocumentChange Change)
{
    /// <summary>
    /// The document as the registers want it, handed from the layout through the planner to the target, so applying the
    /// plan writes it without looking it up again; null for a document the registers no longer want (stale, deleted).
    /// Not part of the plan's JSON.
    /// </summary>
    [JsonIgnore]
    public DocumentSpec? Spec { get; init; }

    /// <summary>The <see cref="Spec"/> that applying this line writes; a line without one cannot be written.</summary>
    internal DocumentSpec ToWrite => Spec
        ?? throw new OfficeInfraException(ErrorKind.TargetFailed, $"The plan writes '{Path}' but holds no document for it.");
}

/// <summary>Permission changes on one department folder.</summary>
/// <param name="BreakInheritance">True when the folder still inherits and must stop.</param>
/// <param name="Add">Grants to add.</param>
/// <param name="Drift">Grants present that the access level does not give and the product did not make (removed only
/// when pruning).</param>
/// <param name="Remove">Grants that will be removed: a managed principal's old role when its role changed, a grant the
/// product gave that the registers no longer give, and the drift when pruning was asked for.</param>
public sealed record PlannedPermissions(string Path, bool BreakInheritance, IReadOnlyList<Grant> Add,
    IReadOnlyList<Grant> Drift, IReadOnlyList<Grant> Remove)
{
    /// <summary>
    /// The department whose folder this is (<see cref="FolderSpec.Department"/>), the key the records keep each
    /// folder's grants under; null for permissions on something that is no department's folder (the records file).
    /// Not part of the plan's JSON.
    /// </summary>
    [JsonIgnore]
    public RegisterName? Department { get; init; }
}

/// <summary>A retention label to apply to a folder (a department folder, or a process's records folder).</summary>
public sealed record PlannedFolderLabel(string Path, string Label);

/// <summary>Everything that must change to make a target match a <see cref="DesiredLibrary"/>.</summary>
/// <param name="NewlyStale">Stale documents the target's manifest does not list as stale yet: no file changes for
/// them, but the manifest must now say so.</param>
/// <param name="SecureRecords">The target's records are readable beyond the library's owners and must be locked.</param>
/// <param name="ColumnsToCreate">Library columns to create (internal names; <see cref="Records.LibraryColumns"/>).</param>
/// <param name="EnableVersioning">Turn on the library's major versions.</param>
/// <param name="FolderLabels">Retention labels to apply to folders, where they do not carry them yet.</param>
/// <param name="UnimportableLabels">Retention labels the library uses whose names Microsoft Purview's file plan import
/// refuses (it takes only letters, digits, hyphens and spaces, at most 64): a warning, shown before anything is
/// published, that the Records Plan's CSV cannot create them; the tenant may still have them, made in the portal.</param>
public sealed record LibraryPlan(
    IReadOnlyList<string> FoldersToCreate,
    IReadOnlyList<PlannedDocument> Documents,
    IReadOnlyList<PlannedPermissions> Permissions,
    IReadOnlyList<string>? NewlyStale = null,
    bool SecureRecords = false,
    IReadOnlyList<string>? ColumnsToCreate = null,
    bool EnableVersioning = false,
    IReadOnlyList<PlannedFolderLabel>? FolderLabels = null,
    IReadOnlyList<string>? UnimportableLabels = null)
{
    /// <summary>True when applying the plan would change nothing.</summary>
    public bool IsEmpty => FoldersToCreate.Count == 0 && !SecureRecords && !EnableVersioning && (ColumnsToCreate ?? []).Count == 0
        && (NewlyStale ?? []).Count == 0 && (FolderLabels ?? []).Count == 0
        && Documents.All(d => d.Change is DocumentChange.Unchanged or DocumentChange.Stale or DocumentChange.Conflict or DocumentChange.Edited)
        && Permissions.All(p => !p.BreakInheritance && p.Add.Count == 0 && p.Remove.Count == 0);
}
