using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Filing;

/// <summary>
/// What a document may tell its readers of the organisation (SPEC §3 access levels): the one rule the decks, the job
/// descriptions, the SOPs, the delegation report and their histories follow. A document is read by whoever reads
/// the folder it is filed in: a department's documents by that department's readers, the library root's by every
/// reader of the library. A Confidential or Restricted department is hidden from every document outside its own
/// folder: such a document may name one of its roles by title where the reader needs it (a job description's
/// "Reports to", a department head in the organisation chart), but never its holder, whether it is vacant, or its
/// tasks; where free text (Currently Done By) names a hidden role or its holder, the document names the department
/// and its access level instead ("Human Resources (Restricted)"). Public and Internal departments are open to every
/// document.
/// </summary>
public sealed class Disclosure
{
    private readonly Dictionary<RegisterName, Department> _hidden;
    private readonly Dictionary<RegisterName, Role> _roles = [];
    private readonly Dictionary<RegisterName, Role> _holders = [];
    private readonly ProductWords _words;
    // Documents are rendered on every core: each folder's hidden names are worked out once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RegisterName, List<string>> _namesByReader = new();

    private Disclosure(RegisterSet registers)
    {
        _words = ProductWords.For(registers.Settings.DocumentLanguage);
        _hidden = registers.Departments.Where(d => IsHiddenLevel(d.AccessLevel)).GroupBy(d => new RegisterName(d.Name))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var role in registers.Roles)
        {
            _roles.TryAdd(role.Title, role);
        }
        // A person named in free text is matched to the role they hold after every title, as the delegation map does.
        foreach (var role in registers.Roles.Where(r => !r.IsVacant && !string.IsNullOrWhiteSpace(r.Holder)))
        {
            _holders.TryAdd(role.Holder, role);
        }
    }

    /// <summary>The rule over <paramref name="registers"/>.</summary>
    public static Disclosure Of(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return new Disclosure(registers);
    }

    /// <summary>True for the levels hidden from documents outside their department: Confidential and Restricted.</summary>
    public static bool IsHiddenLevel(AccessLevel access) => access is AccessLevel.Confidential or AccessLevel.Restricted;

    /// <summary>True when some department is hidden from documents outside it.</summary>
    public bool Any => _hidden.Count > 0;

    /// <summary>
    /// True when a document filed in <paramref name="reader"/> (null: the library root) may not show the holders,
    /// vacancies or tasks of <paramref name="department"/>'s roles.
    /// </summary>
    public bool Hides(string? department, string? reader) =>
        _hidden.ContainsKey(department) && (reader is null || new RegisterName(department) != reader);

    /// <summary>True when a document filed in <paramref name="reader"/> may show <paramref name="role"/>'s title only.</summary>
    public bool Hides(Role? role, string? reader) => role is not null && Hides(role.Department, reader);

    /// <summary>The access level of a hidden department; null for an open one.</summary>
    public AccessLevel? LevelOf(string? department) => _hidden.TryGetValue(department, out var hidden) ? hidden.AccessLevel : null;

    /// <summary>The role a name in free text stands for (a role's title, else the person holding a role); null for none.</summary>
    public Role? RoleNamed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : _roles.GetValueOrDefault(text) ?? _holders.GetValueOrDefault(text);

    /// <summary>
    /// Free text naming a person or a role as a document filed in <paramref name="reader"/> may print it: as written,
    /// or, when it names a role of a department hidden from the reader (by title or by its holder's name), that
    /// department and its access level.
    /// </summary>
    public string Name(string? text, string? reader)
    {
        var written = text?.Trim() ?? string.Empty;
        return RoleNamed(written) is { } role && Hides(role, reader) ? Department(role.Department) : written;
    }

    /// <summary>A hidden department as documents outside it name it: "Human Resources (Restricted)".</summary>
    public string Department(string department) =>
        _hidden.TryGetValue(department, out var hidden) ? _words.HiddenRole(hidden.Name.Trim(), hidden.AccessLevel) : department.Trim();

    /// <summary>The revision history row a document prints in place of one it withholds (<see cref="Shown"/>), as the records keep it.</summary>
    public const string WithheldRow = "Withheld: it names a role of a Confidential or Restricted department";

    /// <summary>
    /// <paramref name="control"/> as a document filed in <paramref name="reader"/> prints it: a history row that names a
    /// role of a department hidden from its readers, or the person holding one (rows written before this rule, or a
    /// head's change in the organisation deck), is printed as <see cref="WithheldRow"/>. The records keep every row as
    /// written: they are the site owners' alone.
    /// </summary>
    public DocumentControl Shown(DocumentControl control, string? reader)
    {
        ArgumentNullException.ThrowIfNull(control);
        var names = _hidden.Count == 0 ? [] : _namesByReader.GetOrAdd(new RegisterName(reader), HiddenNames);
        if (names.Count == 0 || !control.Printed.Any(r => Names(r.Change, names)))
        {
            return control;
        }
        return control with { History = [.. control.History.Select(r => Names(r.Change, names) ? r with { Change = WithheldRow } : r)] };
    }

    // The titles and holders of the roles hidden from the reader (blank: the library root), each at least two characters long.
    private List<string> HiddenNames(RegisterName reader) => [.. _roles.Values.Where(r => Hides(r, reader.IsBlank ? null : reader.Display))
        .SelectMany(r => new[] { r.Title, r.IsVacant ? null : r.Holder }).OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 1)
        .Distinct(StringComparer.OrdinalIgnoreCase)];

    // The product's fixed rows name nobody; they are most rows of most documents, so they are not searched.
    private static readonly HashSet<string> FixedRows = new(StringComparer.Ordinal)
    {
        ControlBook.FirstIssue, ControlBook.FirstControlledVersion, ChangeWords.English.LayoutUpdated, ChangeWords.English.TemplateChanged, WithheldRow,
    };

    private static bool Names(string line, List<string> names) => !FixedRows.Contains(line) && names.Exists(n => Mentions(line, n));

    // A name counts where it stands as a word: a hidden "IT" or "COO" is not in "Submit the returns" or "Coordinate
    // stock". Only a Latin letter or digit next to one ends the match: Chinese and Japanese are written without
    // spaces, so a name there is matched wherever it occurs (withholding a row too many is the safe way round).
    private static bool Mentions(string line, string name)
    {
        for (var at = line.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = line.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if (!(at > 0 && JoinsWord(line[at - 1], name[0])) && !(end < line.Length && JoinsWord(line[end], name[^1])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool JoinsWord(char neighbour, char edge) => IsLatinWordChar(neighbour) && IsLatinWordChar(edge);

    private static bool IsLatinWordChar(char c) => char.IsLetterOrDigit(c) && c < '\u0370';
}
