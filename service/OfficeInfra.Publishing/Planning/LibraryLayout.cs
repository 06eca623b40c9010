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

    /// <summary>
    /// The library that <paramref name="documents"/> make: each filed in the folder of the department it names
    /// (<paramref name="filing"/>), or at the root. The registers are not read again: the documents and the filing carry
    /// all the layout needs.
    /// </summary>
    /// <param name="options">The configuration, with the Records register's labels already in it
    /// (<see cref="LibraryOptions.WithRecords"/>).</param>
    /// <param name="lastIssued">The highest document ID number issued per prefix, for the records.</param>
    public static DesiredLibrary Build(LibraryFiling filing, IEnumerable<GeneratedDocument> documents, LibraryOptions options,
        IReadOnlyDictionary<string, int>? lastIssued = null)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var folders = filing.Folders.Select(f => new FolderSpec(f.Name.Display, f.Path, f.Department.AccessLevel,
                AccessPolicy.GrantsFor(f.Department, options.PublicPrincipal), f.ProcessRecords)
            {
                RetentionLabel = options.DepartmentLabel(f.Department.Name), RecordsLabel = options.RecordsFolderLabel,
            })
            .ToList();
        var specOf = new Dictionary<DepartmentFolder, FolderSpec>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < folders.Count; i++)
        {
            specOf[filing.Folders[i]] = folders[i];
        }

        var all = documents.ToList();
        var specs = new List<DocumentSpec>(all.Count);
        // One department however its documents' rows spell it: its documents share a folder, so they get unique names together.
        foreach (var group in all.GroupBy(d => (d.Kind, d.Department)))
        {
            var items = group.ToList();
            if (group.Key.Department is not { } department)
            {
                specs.AddRange(items.Select(d => Spec(d, RootName(d.Kind), null, options)));
                continue;
            }
            var spec = specOf[filing[department]];
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
    public static IReadOnlyDictionary<RegisterName, string> SopPaths(CheckedRegisters registers, LibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var filing = LibraryFiling.Of(registers);
        // Checked registers name no process of an unknown department.
        var sops = registers.Registers.Processes.Where(p => !string.IsNullOrWhiteSpace(p.Name) && !string.IsNullOrWhiteSpace(p.Department))
            .Select(p => new GeneratedDocument(DocumentKind.Sop, p.Department.Trim(), p.Name.Trim(), []));
        var paths = new Dictionary<RegisterName, string>();
        foreach (var spec in Build(filing, sops, options).Documents)
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
        var spec = new DocumentSpec(d.Kind, d.Department?.Display, d.Subject.Trim(), path,
            d.Record?.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(d.Content)), d.Content, d.Record);
        return spec with
        {
            Fields = LibraryColumns.ValuesOf(spec, folder?.Access.ToString()),
            RetentionLabel = options.RetentionLabelFor(d.Kind, folder?.Department),
        };
    }
}
