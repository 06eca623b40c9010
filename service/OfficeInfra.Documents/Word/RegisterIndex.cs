using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// Look-ups over one <see cref="RegisterSet"/>, built once per run so that each document's model costs only its own
/// rows. Names match as the rules match them: trimmed, case-insensitive.
/// </summary>
internal sealed class RegisterIndex
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public RegisterIndex(RegisterSet registers)
    {
        Registers = registers;
        Departments = registers.Departments.GroupBy(d => d.Name.Trim(), Names).ToDictionary(g => g.Key, g => g.First(), Names);
        TasksByRole = ByName(registers.Tasks, t => t.Role);
        TasksByProcess = ByName(registers.Tasks, t => t.Process);
        DirectReports = ByName(registers.Roles, r => r.ReportsTo);
        ProcessesByOwner = ByName(registers.Processes, p => p.Owner);
        ProcessOrder = registers.Processes.Select((p, i) => (p.Name.Trim(), i)).GroupBy(p => p.Item1, Names)
            .ToDictionary(g => g.Key, g => g.First().i, Names);
        Processes = registers.Processes.GroupBy(p => p.Name.Trim(), Names).ToDictionary(g => g.Key, g => g.First(), Names);
        Roles = registers.Roles.GroupBy(r => r.Title.Trim(), Names).ToDictionary(g => g.Key, g => g.First(), Names);
        Words = ProductWords.For(registers.Settings.DocumentLanguage);
        Delegation = new DelegationMap(registers);
        RecordsFolders = LibraryFolders.ProcessRecords(registers);
        _journey = new Lazy<CustomerJourney>(() => CustomerJourney.Of(registers));
        _facets = new(Facets);
        _facetOwners = new(() => (Owners(f => f.Roles), Owners(f => f.Tools)));
        // Steps in order of their number; steps without one keep the workbook's order after the numbered ones.
        StepsByProcess = TasksByProcess.ToDictionary(p => p.Key, p => p.Value
            .Select((t, i) => (Task: t, Order: i))
            .OrderBy(s => s.Task.StepNumber ?? decimal.MaxValue).ThenBy(s => s.Order)
            .Select(s => s.Task).ToList(), Names);
        foreach (var steps in StepsByProcess.Values)
        {
            for (var i = 0; i < steps.Count; i++)
            {
                _printedStep[steps[i]] = i + 1;
            }
        }
    }

    // Built on first use (job descriptions never need them) and safe to share: documents' models are built on every core.
    private readonly Lazy<Dictionary<string, (HashSet<string> Roles, HashSet<string> Tools)>> _facets;
    private readonly Lazy<(Dictionary<string, List<string>> ByRole, Dictionary<string, List<string>> ByTool)> _facetOwners;

    private Dictionary<string, (HashSet<string> Roles, HashSet<string> Tools)> Facets() => Processes.ToDictionary(p => p.Key, p =>
    {
        var steps = Find(TasksByProcess, p.Key);
        var roles = new HashSet<string>(steps.Select(t => t.Role?.Trim() ?? string.Empty).Append(p.Value.Owner?.Trim() ?? string.Empty)
            .Where(r => r.Length > 0), Names);
        var tools = new HashSet<string>(p.Value.Tools.Concat(steps.SelectMany(t => t.Tools)).Select(t => t.Trim()).Where(t => t.Length > 0), Names);
        return (roles, tools);
    }, Names);

    /// <summary>The roles (owner and every step's) and tools (the process's and every step's) of a process, by name.</summary>
    public (HashSet<string> Roles, HashSet<string> Tools) FacetsOf(string process) =>
        _facets.Value.GetValueOrDefault(process.Trim(), ([], []));

    /// <summary>
    /// For each other process (by name) that shares a role or a tool with <paramref name="process"/>, how many it shares:
    /// roles and tools counted apart, as <see cref="FacetsOf"/> keeps them. Built from an inverted index so that
    /// relating every SOP to every other costs the shared facets, not the square of the register.
    /// </summary>
    public Dictionary<string, int> SharedFacets(string process)
    {
        var mine = FacetsOf(process);
        var shared = new Dictionary<string, int>(Names);
        Count(mine.Roles, _facetOwners.Value.ByRole);
        Count(mine.Tools, _facetOwners.Value.ByTool);
        return shared;

        void Count(HashSet<string> facets, Dictionary<string, List<string>> owners)
        {
            foreach (var facet in facets)
            {
                foreach (var owner in owners.GetValueOrDefault(facet, []))
                {
                    shared[owner] = shared.GetValueOrDefault(owner) + 1;
                }
            }
        }
    }

    private Dictionary<string, List<string>> Owners(Func<(HashSet<string> Roles, HashSet<string> Tools), HashSet<string>> facets)
    {
        var owners = new Dictionary<string, List<string>>(Names);
        foreach (var name in Processes.Keys)
        {
            foreach (var facet in facets(FacetsOf(name)))
            {
                if (!owners.TryGetValue(facet, out var list))
                {
                    owners[facet] = list = [];
                }
                list.Add(name);
            }
        }
        return owners;
    }

    private readonly Dictionary<TaskItem, int> _printedStep = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each process's tasks in the order its SOP prints them.</summary>
    public IReadOnlyDictionary<string, List<TaskItem>> StepsByProcess { get; }

    /// <summary>The number an SOP prints for <paramref name="task"/> (1, 2, 3 …); 0 for a task outside any process.</summary>
    public int PrintedStep(TaskItem task) => _printedStep.GetValueOrDefault(task);

    public IReadOnlyDictionary<string, Role> Roles { get; }

    /// <summary>The organisation's language: the words the product writes into its documents.</summary>
    public ProductWords Words { get; }

    public DelegationMap Delegation { get; }

    private readonly Lazy<CustomerJourney> _journey;

    /// <summary>The customer journey, resolved once: the stages each role is on stage for and each process supports.</summary>
    public CustomerJourney Journey => _journey.Value;

    /// <summary>Each process's records folder in the library (the folder the layout creates).</summary>
    public IReadOnlyDictionary<Process, string> RecordsFolders { get; }

    public RegisterSet Registers { get; }

    public IReadOnlyDictionary<string, Department> Departments { get; }

    public IReadOnlyDictionary<string, Process> Processes { get; }

    public IReadOnlyDictionary<string, List<TaskItem>> TasksByRole { get; }

    public IReadOnlyDictionary<string, List<TaskItem>> TasksByProcess { get; }

    public IReadOnlyDictionary<string, List<Role>> DirectReports { get; }

    public IReadOnlyDictionary<string, List<Process>> ProcessesByOwner { get; }

    /// <summary>The position of each process in its register, to list a role's processes in the workbook's order.</summary>
    public IReadOnlyDictionary<string, int> ProcessOrder { get; }

    public Department? DepartmentOf(string name) => Departments.GetValueOrDefault(name.Trim());

    public static IReadOnlyList<T> Find<T>(IReadOnlyDictionary<string, List<T>> index, string? name) =>
        string.IsNullOrWhiteSpace(name) ? [] : index.TryGetValue(name.Trim(), out var list) ? list : [];

    private static Dictionary<string, List<T>> ByName<T>(IEnumerable<T> items, Func<T, string?> key)
    {
        var index = new Dictionary<string, List<T>>(Names);
        foreach (var item in items)
        {
            var name = key(item)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }
            if (!index.TryGetValue(name, out var list))
            {
                index[name] = list = [];
            }
            list.Add(item);
        }
        return index;
    }
}
