using System.Security.Cryptography;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Publishing.Planning;

/// <summary>
/// Where every document goes (SPEC §3): <c>Org Chart.pptx</c> at the root, and per department
/// <c>Org Chart.pptx</c>, <c>Job Descriptions/&lt;Role&gt;.docx</c>, <c>SOPs/&lt;Process&gt;.docx</c> and
/// <c>Records/&lt;Process&gt;/</c> (created empty, then the records managers'). Names are sanitised and made unique in
/// register order (<see cref="LibraryFolders"/>), so they are stable between runs.
/// </summary>
public static class LibraryLayout
{
    /// <summary>The organisation chart's file name, at the root and in each department folder.</summary>
    public const string OrgChartName = LibraryFolders.OrgChartName;

    /// <summary>The service blueprint's and the business systems map's file names, at the root.</summary>
    public const string BlueprintName = LibraryFolders.BlueprintName, SystemsName = LibraryFolders.SystemsName;

    /// <summary>The delegation report's file name, at the root.</summary>
    public const string DelegationName = LibraryFolders.DelegationName;

    /// <summary>The sub-folders of a department folder.</summary>
    public const string JobDescriptions = LibraryFolders.JobDescriptions, Sops = LibraryFolders.Sops, Records = LibraryFolders.Records;

    /// <summary>The manifest's file name at the root.</summary>
    public const string ManifestName = LibraryFolders.RecordsFileName;

    /// <summary>The library that <paramref name="documents"/> make for <paramref name="registers"/>.</summary>
    /// <param name="lastIssued">The highest document ID number issued per prefix, for the records.</param>
    public static DesiredLibrary Build(CheckedRegisters registers, IEnumerable<GeneratedDocument> documents, LibraryOptions options,
        IReadOnlyDictionary<string, int>? lastIssued = null)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return Lay(registers.Registers, documents, options, lastIssued);
    }

    // Every document's department is in the Departments register: the rules saw to that before the registers were
    // checked (SopPaths lays out only the SOPs of known departments).
    private static DesiredLibrary Lay(RegisterSet registers, IEnumerable<GeneratedDocument> documents, LibraryOptions options,
        IReadOnlyDictionary<string, int>? lastIssued)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        // The Records register, when the workbook has one, gives the labels it names in place of the configuration's.
        options = options.WithRecords(registers.Records);
        var folderNames = LibraryFolders.Departments(registers);
        var processRecords = LibraryFolders.ProcessRecords(registers);
        var folders = registers.Departments
            .Select((d, i) => new FolderSpec(d.Name.Trim(), folderNames[i], d.AccessLevel, AccessPolicy.GrantsFor(d, options.PublicPrincipal),
                [.. registers.Processes.Select(p => processRecords.GetValueOrDefault(p)).OfType<string>()
                    .Where(p => p.StartsWith(folderNames[i] + "/", StringComparison.Ordinal))])
            {
                RetentionLabel = options.DepartmentLabel(d.Name), RecordsLabel = options.RecordsFolderLabel,
            })
            .ToList();
        var folderOf = new Dictionary<RegisterName, FolderSpec>();
        foreach (var folder in folders)
        {
            folderOf.TryAdd(folder.Department, folder);
        }

        var all = documents.ToList();
        var specs = new List<DocumentSpec>(all.Count);
        // One department however its documents' rows spell it: its documents share a folder, so they get unique names together.
        foreach (var group in all.GroupBy(d => (d.Kind, Department: d.Department is null ? (RegisterName?)null : new RegisterName(d.Department))))
        {
            var items = group.ToList();
            if (group.Key.Department is null)
            {
                specs.AddRange(items.Select(d => Spec(d, RootName(d.Kind), null, options)));
                continue;
            }
            var spec = folderOf[group.Key.Department.Value];
            var folder = spec.Path;
            if (group.Key.Kind == DocumentKind.OrgChart)
            {
                specs.AddRange(items.Select(d => Spec(d, $"{folder}/{OrgChartName}", spec, options)));
                continue;
            }
            var sub = group.Key.Kind == DocumentKind.JobDescription ? JobDescriptions : Sops;
            // The limit counts the whole decoded path from where the target starts counting (SharePoint: the site's root).
            var room = Math.Min(NameSanitiser.MaxSegmentLength, NameSanitiser.MaxPathLength - options.PathRoot.Length - folder.Length - sub.Length - 2) - ".docx".Length;
            var names = NameSanitiser.MakeUnique(items.Select(d => d.Subject), room);
            specs.AddRange(items.Select((d, i) => Spec(d, $"{folder}/{sub}/{names[i]}.docx", spec, options)));
        }
        return new DesiredLibrary(folders, specs, lastIssued) { Retention = options.RetentionSettings };
    }

    /// <summary>Every folder the library needs: each department folder, its three sub-folders and a records folder
    /// per process, parents first.</summary>
    public static IEnumerable<string> FolderPaths(DesiredLibrary desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        foreach (var folder in desired.Folders)
        {
            yield return folder.Path;
            yield return $"{folder.Path}/{JobDescriptions}";
            yield return $"{folder.Path}/{Sops}";
            yield return $"{folder.Path}/{Records}";
            foreach (var records in folder.ProcessRecords ?? [])
            {
                yield return records;
            }
        }
    }

    /// <summary>
    /// The library path of each process's SOP (by process name), exactly as <see cref="Build"/> lays it out, so that
    /// other documents can link to them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SopPaths(RegisterSet registers, LibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(registers);
        // A process of an unknown department has no SOP folder (the rules report it, and generation never starts).
        var departments = registers.Departments.Select(d => new RegisterName(d.Name)).ToHashSet();
        var sops = registers.Processes.Where(p => !string.IsNullOrWhiteSpace(p.Name) && !string.IsNullOrWhiteSpace(p.Department)
            && departments.Contains(p.Department))
            .Select(p => new GeneratedDocument(DocumentKind.Sop, p.Department.Trim(), p.Name.Trim(), []));
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in Lay(registers, sops, options, lastIssued: null).Documents)
        {
            paths.TryAdd(spec.Subject, spec.Path);
        }
        return paths;
    }

    // Organisation-wide documents sit at the root, one of each kind.
    private static string RootName(DocumentKind kind) => kind switch
    {
        DocumentKind.ServiceBlueprint => BlueprintName,
        DocumentKind.BusinessSystems => SystemsName,
        DocumentKind.DelegationReport => DelegationName,
        _ => OrgChartName,
    };

    /// <summary>A document at <paramref name="path"/> in <paramref name="folder"/> (null: the root), with its columns and label.</summary>
    private static DocumentSpec Spec(GeneratedDocument d, string path, FolderSpec? folder, LibraryOptions options)
    {
        var spec = new DocumentSpec(d.Kind, d.Department?.Trim(), d.Subject.Trim(), path,
            d.Record?.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(d.Content)), d.Content, d.Record);
        return spec with
        {
            Fields = LibraryColumns.ValuesOf(spec, folder?.Access.ToString()),
            RetentionLabel = options.RetentionLabelFor(d.Kind, folder?.Department),
        };
    }
}
