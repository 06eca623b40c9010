namespace OfficeInfra.Registers.Model;

/// <summary>
/// The registers of one organisation, as read from a workbook or JSON. Plain, immutable data:
/// values are kept as written (trimmed); the rules decide whether they are valid.
/// </summary>
/// <param name="Organisation">The organisation's name, used in document headers; may be empty.</param>
public sealed record RegisterSet(
    string Organisation,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<Process> Processes)
{
    // The name lives once, in the settings; Organisation is the same value seen as the plain string it always was.
    private OrganisationSettings _settings = OrganisationSettings.None with { Name = NullIfBlank(Organisation) };

    /// <summary>An organisation with no entries at all.</summary>
    public static RegisterSet Empty { get; } = new(string.Empty, [], [], [], []);

    /// <summary>
    /// The organisation's name: the Organisation sheet's Name, else the workbook's Title property, else the workbook's
    /// file name (the readers resolve that); empty when none is known. The same value as <see cref="Settings"/>' Name.
    /// </summary>
    public string Organisation
    {
        get => _settings.Name ?? string.Empty;
        init => _settings = _settings with { Name = NullIfBlank(value) };
    }

    /// <summary>The optional Journey register: the customer's stages in order (empty when the workbook has no Journey sheet).</summary>
    public IReadOnlyList<JourneyStage> Journey { get; init; } = [];

    /// <summary>The optional Records register: retention labels by document type or department (empty when the workbook has none).</summary>
    public IReadOnlyList<RecordsEntry> Records { get; init; } = [];

    /// <summary>The Organisation sheet: name, language, review interval, logo (<see cref="OrganisationSettings.None"/> when absent).</summary>
    public OrganisationSettings Settings
    {
        get => _settings;
        // Settings that name no organisation keep the name already set (the positional Organisation).
        init => _settings = (value ?? OrganisationSettings.None) is { Name: null } unnamed ? unnamed with { Name = _settings.Name } : value!;
    }

    /// <summary>
    /// The columns each register had where it was read (register name → headers as the schema names them); null for
    /// registers built in code. Lets a rule tell a column left empty from one the workbook never had. Internal, so
    /// that two sets of registers holding the same entries stay equivalent however they were read.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlySet<string>>? ColumnsRead { get; init; }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
