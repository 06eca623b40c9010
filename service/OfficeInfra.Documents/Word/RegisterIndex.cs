using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// Look-ups over one <see cref="RegisterSet"/>, built once per run so that each document's model costs only its own
/// rows. Names match as the rules match them: as <see cref="RegisterName"/>s.
/// </summary>
internal sealed class RegisterIndex
{
    public RegisterIndex(RegisterSet registers)
    {
        Registers = registers;
        Departments = registers.Departments.GroupBy(d => new RegisterName(d.Name)).ToDictionary(g => g.Key, g => g.First());
        TasksByRole = ByName(registers.Tasks, t => t.Role);
        TasksByProcess = ByName(registers.Tasks, t => t.Process);
        DirectReports = ByName(registers.Roles, r => r.ReportsTo);
        ProcessesByOwner = ByName(registers.Processes, p => p.Owner);
        ProcessOrder = registers.Processes.Select((p, i) => (Name: new RegisterName(p.Name), i)).GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.First().i);
        Processes = registers.Processes.GroupBy(p => new RegisterName(p.Name)).ToDictionary(g => g.Key, g => g.First());
        Roles = registers.Roles.GroupBy(r => new RegisterName(r.Title)).ToDictionary(g => g.Key, g => g.First());
        Words = ProductWords.For(registers.Settings.DocumentLanguage);
        Delegation = new DelegationMap(registers);
        Disclosure = Disclosure.Of(registers);
        RecordsFolders = LibraryFolders.ProcessRecords(registers);
        _journey = new Lazy<CustomerJourney>(() => CustomerJourney.Of(registers));
        _facets = new(Facets);
        _facetOwners = new(() => (Owners(f => f.Roles), Owners(f => f.Tools)));
        // Steps in order of their number; steps without one keep the workbook's order after the numbered ones.
        StepsByProcess = TasksByProcess.ToDictionary(p => p.Key, p => p.Value
            .Select((t, i) => (Task: t, Order: i))
            .OrderBy(s => s.Task.StepNumber ?? decimal.MaxValue).ThenBy(s => s.Order)
            .Select(s => s.Task).ToList());
        foreach (var steps in StepsByProcess.Values)
        {
            for (var i = 0; i < steps.Count; i++)
            {
                _printedStep[steps[i]] = i + 1;
            }
        }
    }

    // Built on first use (job descriptions never need them) and safe to share: documents' models are built on every core.
    private readonly Lazy<Dictionary<RegisterName, (HashSet<RegisterName> Roles, HashSet<RegisterName> Tools)>> _facets;
    private readonly Lazy<(Dictionary<RegisterName, List<RegisterName>> ByRole, Dictionary<RegisterName, List<RegisterName>> ByTool)> _facetOwners;

    private Dictionary<RegisterName, (HashSet<RegisterName> Roles, HashSet<RegisterName> Tools)> Facets() => Processes.ToDictionary(p => p.Key, p =>
    {
        var steps = Find(TasksByProcess, p.Key);
        var roles = steps.Select(t => new RegisterName(t.Role)).Append(p.Value.Owner).Where(r => !r.IsBlank).ToHashSet();
        var tools = p.Value.Tools.Concat(steps.SelectMany(t => t.Tools)).Select(t => new RegisterName(t)).Where(t => !t.IsBlank).ToHashSet();
        return (roles, tools);
    });

    /// <summary>The roles (owner and every step's) and tools (the process's and every step's) of a process, by name.</summary>
    public (HashSet<RegisterName> Roles, HashSet<RegisterName> Tools) FacetsOf(RegisterName process) =>
        _facets.Value.GetValueOrDefault(process, ([], []));

    /// <summary>
    /// For each other process (by name) that shares a role or a tool with <paramref name="process"/>, how many it shares:
    /// roles and tools counted apart, as <see cref="FacetsOf"/> keeps them. Built from an inverted index so that
    /// relating every SOP to every other costs the shared facets, not the square of the register.
    /// </summary>
    public Dictionary<RegisterName, int> SharedFacets(RegisterName process)
    {
        var mine = FacetsOf(process);
        var shared = new Dictionary<RegisterName, int>();
        Count(mine.Roles, _facetOwners.Value.ByRole);
        Count(mine.Tools, _facetOwners.Value.ByTool);
        return shared;

        void Count(HashSet<RegisterName> facets, Dictionary<RegisterName, List<RegisterName>> owners)
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

    private Dictionary<RegisterName, List<RegisterName>> Owners(Func<(HashSet<RegisterName> Roles, HashSet<RegisterName> Tools), HashSet<RegisterName>> facets)
    {
        var owners = new Dictionary<RegisterName, List<RegisterName>>();
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
    public IReadOnlyDictionary<RegisterName, List<TaskItem>> StepsByProcess { get; }

    /// <summary>The number an SOP prints for <paramref name="task"/> (1, 2, 3 …); 0 for a task outside any process.</summary>
    public int PrintedStep(TaskItem task) => _printedStep.GetValueOrDefault(task);

    public IReadOnlyDictionary<RegisterName, Role> Roles { get; }

    /// <summary>The organisation's language: the words the product writes into its documents.</summary>
    public ProductWords Words { get; }

    public DelegationMap Delegation { get; }

    /// <summary>What each document may tell its readers of hidden departments' roles.</summary>
    public Disclosure Disclosure { get; }

    private readonly Lazy<CustomerJourney> _journey;

    /// <summary>The customer journey, resolved once: the stages each role is on stage for and each process supports.</summary>
    public CustomerJourney Journey => _journey.Value;

    /// <summary>Each process's records folder in the library (the folder the layout creates).</summary>
    public IReadOnlyDictionary<Process, string> RecordsFolders { get; }

    public RegisterSet Registers { get; }

    public IReadOnlyDictionary<RegisterName, Department> Departments { get; }

    public IReadOnlyDictionary<RegisterName, Process> Processes { get; }

    public IReadOnlyDictionary<RegisterName, List<TaskItem>> TasksByRole { get; }

    public IReadOnlyDictionary<RegisterName, List<TaskItem>> TasksByProcess { get; }

    public IReadOnlyDictionary<RegisterName, List<Role>> DirectReports { get; }

    public IReadOnlyDictionary<RegisterName, List<Process>> ProcessesByOwner { get; }

    /// <summary>The position of each process in its register, to list a role's processes in the workbook's order.</summary>
    public IReadOnlyDictionary<RegisterName, int> ProcessOrder { get; }

    public Department? DepartmentOf(RegisterName name) => Departments.GetValueOrDefault(name);

    public static IReadOnlyList<T> Find<T>(IReadOnlyDictionary<RegisterName, List<T>> index, RegisterName name) =>
        !name.IsBlank && index.TryGetValue(name, out var list) ? list : [];

    private static Dictionary<RegisterName, List<T>> ByName<T>(IEnumerable<T> items, Func<T, string?> key)
    {
        var index = new Dictionary<RegisterName, List<T>>();
        foreach (var item in items)
        {
            var name = new RegisterName(key(item));
            if (name.IsBlank)
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
