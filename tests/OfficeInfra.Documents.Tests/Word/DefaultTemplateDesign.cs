using OfficeInfra.Documents.Word;
using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// The design of the built-in templates, one layout per document in every language (the words come from
/// <see cref="TemplatePhrases"/>). Run the tests with OFFICEINFRA_UPDATE_TEMPLATES=1 to write them into
/// service/OfficeInfra.Documents/Templates/&lt;language&gt;/ after a change here.
/// </summary>
internal sealed partial class DefaultTemplateDesign(TemplatePhrases phrases)
{
    private readonly TemplatePhrases _ = phrases;

    private const string Bold = "<w:b/>";
    // Chinese has no italics: its emphasis is the style's colour alone.
    private string Italic => _.Italics ? "<w:i/>" : string.Empty;
    private const string Break = "<w:r><w:br/></w:r>";

    public static byte[] Build(WordTemplate template, TemplatePhrases phrases)
    {
        var design = new DefaultTemplateDesign(phrases);
        return template switch
        {
            WordTemplate.JobDescription => design.JobDescription(),
            WordTemplate.Internship => design.Internship(),
            WordTemplate.Volunteer => design.Volunteer(),
            WordTemplate.ServiceScope => design.ServiceScope(),
            _ => design.Sop(),
        };
    }

    private string L(string english) => _[english];

    /// <summary>A label before its value: a space after "Step 1:", none after a full-width colon ("第1步：").</summary>
    private string Label(string english) => L(english) is var label && label.EndsWith('：') ? label : label + " ";

    private string Organisation(string documentType) =>
        $"{L(documentType)} · {{{{department.name}}}}{{{{#if organisation}}}} · {{{{organisation}}}}{{{{/if}}}}";

    public byte[] JobDescription()
    {
        var body = string.Concat(
            Pt("Title", "{{role.title}}"),
            Pt("Subtitle", Organisation("Job description")),
            ControlTable($"{{{{#if control.owner}}}}{{{{control.owner}}}}{{{{else}}}}{L("Head of department")}{{{{/if}}}}"),
            Vacancy(),
            Pt("Heading1", L("Role details")),
            DetailsTable(
                (L("Role title"), R("{{role.title}}", Bold)),
                (L("Department"), R("{{department.name}}")),
                (L("Reports to"), R($"{{{{#if role.reportsTo}}}}{{{{role.reportsTo}}}}{{{{else}}}}{L("None (top of the organisation)")}{{{{/if}}}}")),
                (L("Direct reports"), R($"{{{{#if role.directReports}}}}{{{{join role.directReports \"{L(", ")}\"}}}}{{{{else}}}}{L("None")}{{{{/if}}}}")),
                (L("Employment type"), R("{{role.type}}")),
                (L("Working hours"), R($"{{{{#if role.hours}}}}{{{{role.hours}}}}{{{{else}}}}{L("To be agreed")}{{{{/if}}}}")),
                (L("Holder"), R($"{{{{#if role.vacant}}}}{L("Vacant: we are recruiting")}{{{{else}}}}{{{{role.holder}}}}{{{{/if}}}}"))),
            Pt("Heading1", L("Purpose of the role")),
            Pt("", $"{{{{#if role.summary}}}}{{{{role.summary}}}}{{{{else}}}}{L("No summary has been written for this role yet.")}{{{{/if}}}}"),
            Responsibilities("Key responsibilities", "Task", "Frequency"),
            Delegation(),
            CustomerJourneySection("This role is the customer's contact at these stages of the customer journey:", withActivity: true),
            Measures("Performance measures", "This role is measured by how the processes it takes part in perform:"),
            ToolsSection("Tools and systems"),
            PersonSpecification("Person specification", withTerms: true),
            RevisionHistory());
        return Pack(body, "Job description");
    }

    public byte[] Internship()
    {
        var body = string.Concat(
            Pt("Title", "{{role.title}}"),
            Pt("Subtitle", Organisation("Internship description")),
            ControlTable($"{{{{#if control.owner}}}}{{{{control.owner}}}}{{{{else}}}}{L("Head of department")}{{{{/if}}}}"),
            Vacancy(),
            Pt("Heading1", L("About the internship")),
            DetailsTable(
                (L("Internship"), R("{{role.title}}", Bold)),
                (L("Department"), R("{{department.name}}")),
                (L("Supervisor"), R($"{{{{#if role.reportsTo}}}}{{{{role.reportsTo}}}}{{{{#if role.reportsToHolder}}}} ({{{{role.reportsToHolder}}}}){{{{/if}}}}{{{{else}}}}{L("To be named")}{{{{/if}}}}")),
                (L("Hours"), R($"{{{{#if role.hours}}}}{{{{role.hours}}}}{{{{else}}}}{L("To be agreed")}{{{{/if}}}}")),
                (L("Intern"), R($"{{{{#if role.vacant}}}}{L("Open: we are recruiting")}{{{{else}}}}{{{{role.holder}}}}{{{{/if}}}}"))),
            Pt("Heading1", L("Purpose of the internship")),
            Pt("", $"{{{{#if role.summary}}}}{{{{role.summary}}}}{{{{else}}}}{L("No summary has been written for this internship yet.")}{{{{/if}}}}"),
            Responsibilities("What you will do", "Task", "How often"),
            Pt("", "{{#if responsibilities}}"),
            Pt("Heading1", L("What you will learn")),
            Pt("LeadIn", L("Working alongside the team, you will learn how each of these is done and the tools used:")),
            Pt("", "{{#each responsibilities}}"),
            P("LeadIn", R("{{name}}", Bold), R($"{{{{#if tools}}}}: {{{{join tools \"{L(", ")}\"}}}}{{{{/if}}}}")),
            Pt("", "{{/each}}"),
            Pt("", "{{/if}}"),
            CustomerJourneySection("You are the customer's contact at these stages of the customer journey:", withActivity: true),
            Measures("How your work is assessed", "Your work contributes to these processes and how they perform:"),
            PersonSpecification("What we look for", withTerms: false),
            RevisionHistory());
        return Pack(body, "Internship description");
    }

    public byte[] Volunteer()
    {
        var body = string.Concat(
            Pt("Title", "{{role.title}}"),
            Pt("Subtitle", Organisation("Volunteer role description")),
            ControlTable($"{{{{#if control.owner}}}}{{{{control.owner}}}}{{{{else}}}}{L("Head of department")}{{{{/if}}}}"),
            Pt("", "{{#if role.vacant}}"),
            P("Callout", R(L("This volunteer role is open. "), Bold), R(L("We would be glad to hear from anyone who would like to help."))),
            Pt("", "{{/if}}"),
            Pt("Heading1", L("About the role")),
            DetailsTable(
                (L("Volunteer role"), R("{{role.title}}", Bold)),
                (L("Team"), R("{{department.name}}")),
                (L("Your contact"), R($"{{{{#if role.reportsTo}}}}{{{{role.reportsTo}}}}{{{{#if role.reportsToHolder}}}} ({{{{role.reportsToHolder}}}}){{{{/if}}}}{{{{else}}}}{L("To be named")}{{{{/if}}}}")),
                (L("Time given"), R($"{{{{#if role.timeGiven}}}}{{{{join role.timeGiven \"{L(", ")}\"}}}}{{{{else}}}}{L("As you are able")}{{{{/if}}}}")),
                (L("Volunteer"), R($"{{{{#if role.vacant}}}}{L("Open")}{{{{else}}}}{{{{role.holder}}}}{{{{/if}}}}"))),
            Pt("Heading1", L("Why this role matters")),
            Pt("", $"{{{{#if role.summary}}}}{{{{role.summary}}}}{{{{else}}}}{L("No description has been written for this role yet.")}{{{{/if}}}}"),
            Responsibilities("What the role involves", "Activity", "How often"),
            CustomerJourneySection("You are the customer's contact at these stages of the customer journey:", withActivity: true),
            PersonSpecification("What would help", withTerms: false),
            Pt("Heading1", L("Your commitment")),
            Pt("LeadIn", L("Volunteering is freely given: this description sets out what the role involves and is not a contract of employment. Talk to your contact whenever your availability changes.")),
            RevisionHistory());
        return Pack(body, "Volunteer role description");
    }

    public byte[] ServiceScope()
    {
        int[] widths = [5438, 1500, 2700];
        var body = string.Concat(
            Pt("Title", "{{role.title}}"),
            Pt("Subtitle", Organisation("Service scope")),
            ControlTable($"{{{{#if control.owner}}}}{{{{control.owner}}}}{{{{else}}}}{L("Head of department")}{{{{/if}}}}"),
            Pt("", "{{#if role.vacant}}"),
            P("Callout", R(L("No provider is engaged for this service yet. "), Bold), R(L("We are looking for one."))),
            Pt("", "{{/if}}"),
            Pt("Heading1", L("The service")),
            DetailsTable(
                (L("Service"), R("{{role.title}}", Bold)),
                (L("Provider"), R($"{{{{#if role.vacant}}}}{L("To be engaged")}{{{{else}}}}{{{{role.holder}}}}{{{{/if}}}}")),
                (L("Engagement"), R("{{role.type}}")),
                (L("For"), R("{{department.name}}")),
                (L("Contact in the organisation"), R($"{{{{#if role.reportsTo}}}}{{{{role.reportsTo}}}}{{{{#if role.reportsToHolder}}}} ({{{{role.reportsToHolder}}}}){{{{/if}}}}{{{{else}}}}{L("To be named")}{{{{/if}}}}"))),
            Pt("Heading1", L("Purpose of the service")),
            Pt("", $"{{{{#if role.summary}}}}{{{{role.summary}}}}{{{{else}}}}{L("No summary has been written for this service yet.")}{{{{/if}}}}"),
            Pt("Heading1", L("Deliverables")),
            Pt("", "{{#each responsibilities}}"),
            Pt("Heading2", "{{name}}"),
            Table(widths,
                HeaderRow(widths, L("Deliverable"), L("Frequency"), L("Tools")),
                BodyRow(widths, R("{{#each tasks}}{{task}}"), R("{{frequency}}"), R($"{{{{join tools \"{L(", ")}\"}}}}{{{{/each}}}}"))),
            Pt("", "{{/each}}"),
            Pt("", "{{#unless responsibilities}}"),
            Pt("", L("No deliverables are recorded for this service yet.")),
            Pt("", "{{/unless}}"),
            CustomerJourneySection("The service meets the customer at these stages of the customer journey:", withActivity: true),
            Measures("Service levels", "The service contributes to these processes, measured as follows:"),
            RevisionHistory());
        return Pack(body, "Service scope");
    }

    public byte[] Sop()
    {
        int[] steps = [720, 3618, 2100, 1700, 1500];
        int[] who = [3200, 4438, 2000];
        var body = string.Concat(
            Pt("Title", "{{process.name}}"),
            Pt("Subtitle", Organisation("Standard operating procedure")),
            ControlTable($"{{{{#if control.owner}}}}{{{{control.owner}}}}{{{{else}}}}{L("No process owner assigned")}{{{{/if}}}}"),
            Pt("Heading1", L("Purpose")),
            Pt("", "{{process.purpose}}"),
            Pt("Heading1", L("Scope")),
            DetailsTable(
                (L("Department"), R("{{department.name}}")),
                (L("Starts when"), R($"{{{{#if process.trigger}}}}{{{{process.trigger}}}}{{{{else}}}}{{{{#if process.firstStep}}}}{Label("Step 1:")}{{{{process.firstStep}}}}{{{{else}}}}{L("Not recorded")}{{{{/if}}}}{{{{/if}}}}")),
                (L("Ends with"), R($"{{{{#if process.outcome}}}}{{{{process.outcome}}}}{{{{else}}}}{{{{#if process.lastStep}}}}{{{{process.lastStep}}}}{{{{else}}}}{L("Not recorded")}{{{{/if}}}}{{{{/if}}}}")),
                (L("Core business system"), R($"{{{{#if process.system}}}}{{{{process.system}}}}{{{{else}}}}{L("Not stated")}{{{{/if}}}}"))),
            CustomerJourneySection("Behind the scenes, this process supports the customer at these stages of the customer journey:", withActivity: false),
            Pt("", "{{#if responsibilities}}"),
            Pt("Heading1", L("Responsibilities")),
            Pt("LeadIn", L("The process owner is accountable for the whole process; each role is responsible for the steps listed against it.")),
            Table(who,
                HeaderRow(who, L("Role"), L("Responsibility"), L("Steps")),
                BodyRow(who, R("{{#each responsibilities}}{{role}}", Bold),
                    R($"{{{{#if accountable}}}}{L("Accountable: process owner")}{{{{#if steps}}}}{L("; ")}{L("responsible for its steps")}{{{{/if}}}}{{{{else}}}}{L("Responsible for its steps")}{{{{/if}}}}"),
                    R("{{steps}}{{/each}}"))),
            Pt("", "{{/if}}"),
            Pt("Heading1", L("Procedure")),
            Pt("", "{{#if steps}}"),
            Pt("LeadIn", L("Carry out the steps in this order.")),
            Table(steps,
                HeaderRow(steps, L("Step"), L("What is done"), L("Who does it"), L("Tools"), L("Frequency")),
                BodyRow(steps, R("{{#each steps}}{{number}}", Bold), R("{{task}}"),
                    R("{{#if role}}{{role}}{{else}}") + $"<w:r><w:rPr><w:rStyle w:val=\"Warning\"/></w:rPr><w:t>{Esc(L("No role assigned"))}</w:t></w:r>" + R("{{/if}}")
                        + R("{{#if currentlyDoneBy}}") + Break + R($"{Label("Currently done by")}{{{{currentlyDoneBy}}}}", "<w:rStyle w:val=\"Warning\"/>") + R("{{/if}}"),
                    R($"{{{{join tools \"{L(", ")}\"}}}}"), R("{{frequency}}{{/each}}"))),
            Pt("", "{{else}}"),
            Pt("", L("No steps have been recorded for this process yet.")),
            Pt("", "{{/if}}"),
            Pt("", "{{#if process.tools}}"),
            Pt("Heading1", L("Tools and materials")),
            Pt("LeadIn", $"{{{{join process.tools \"{L(", ")}\"}}}}"),
            Pt("", "{{/if}}"),
            Pt("", "{{#if process.kpi}}"),
            Pt("Heading1", L("How performance is measured")),
            DetailsTable(
                (L("Measured by (KPI)"), R("{{process.kpi}}")),
                (L("Target"), R($"{{{{#if process.target}}}}{{{{process.target}}}}{{{{else}}}}{L("To be agreed")}{{{{/if}}}}"))),
            Pt("", "{{/if}}"),
            Pt("", "{{#if process.records}}"),
            Pt("Heading1", L("Records")),
            P("LeadIn", R(L("Records of this process are filed in") + " "), R("{{process.records}}", Bold), R(L("."))),
            Pt("", "{{/if}}"),
            Pt("", "{{#if related}}"),
            Pt("Heading1", L("Related procedures")),
            Pt("", "{{#each related}}"),
            P("LeadIn", R("• {{name}}"), R(" ({{department}})", Italic)),
            Pt("", "{{/each}}"),
            Pt("", "{{/if}}"),
            RevisionHistory());
        return Pack(body, "Standard operating procedure");
    }

    private string Vacancy() => string.Concat(
        Pt("", "{{#if role.vacant}}"),
        P("Callout", R(L("This role is open. "), Bold), R(L("It has no holder at present and we are recruiting for it."))),
        Pt("", "{{/if}}"));

    /// <summary>The role's tasks grouped by process, each group a heading and a table.</summary>
    private string Responsibilities(string heading, string taskColumn, string frequencyColumn)
    {
        int[] tasks = [5438, 1500, 2700];
        return string.Concat(
            Pt("Heading1", L(heading)),
            Pt("", "{{#each responsibilities}}"),
            Pt("Heading2", "{{name}}"),
            Table(tasks,
                HeaderRow(tasks, L(taskColumn), L(frequencyColumn), L("Tools")),
                BodyRow(tasks, R("{{#each tasks}}{{task}}"), R("{{frequency}}"), R($"{{{{join tools \"{L(", ")}\"}}}}{{{{/each}}}}"))),
            Pt("", "{{/each}}"),
            Pt("", "{{#unless responsibilities}}"),
            Pt("", L("No tasks are assigned to this role yet.")),
            Pt("", "{{/unless}}"));
    }

    /// <summary>Work the role should do that someone else does today, and work its holder does for another role.</summary>
    private string Delegation()
    {
        int[] widths = [4638, 2500, 2500];
        return string.Concat(
            Pt("", "{{#if delegation.any}}"),
            Pt("Heading1", L("Work covered by others today")),
            Pt("", "{{#if delegation.doneByOthers}}"),
            Pt("LeadIn", L("These tasks belong to this role but someone else carries them out today; they move to the holder of this role:")),
            Table(widths,
                HeaderRow(widths, L("Task"), L("Process"), L("Done today by")),
                BodyRow(widths, R("{{#each delegation.doneByOthers}}{{task}}"), R("{{process}}"), R("{{doneBy}}{{/each}}"))),
            Pt("", "{{/if}}"),
            Pt("", "{{#if delegation.covering}}"),
            Pt("LeadIn", L("The holder of this role also carries out these tasks, which belong to another role; they are to be handed over:")),
            Table(widths,
                HeaderRow(widths, L("Task"), L("Process"), L("Belongs to")),
                BodyRow(widths, R("{{#each delegation.covering}}{{task}}"), R("{{process}}"), R("{{role}}{{/each}}"))),
            Pt("", "{{/if}}"),
            Pt("", "{{/if}}"));
    }

    /// <summary>Every process the role takes part in, with its KPI and target; left out when there is none.</summary>
    private string Measures(string heading, string leadIn)
    {
        int[] widths = [2600, 2400, 3238, 1400];
        return string.Concat(
            Pt("", "{{#if measures}}"),
            Pt("Heading1", L(heading)),
            Pt("LeadIn", L(leadIn)),
            Table(widths,
                HeaderRow(widths, L("Process"), L("Part played"), L("Measured by (KPI)"), L("Target")),
                BodyRow(widths, [R("{{#each measures}}{{name}}"),
                    R("{{part}}"),
                    R("{{kpi}}"), R("{{target}}{{/each}}")], "TableTextKeep")),
            Pt("", "{{/if}}"));
    }

    private string ToolsSection(string heading) => string.Concat(
        Pt("", "{{#if tools}}"),
        Pt("Heading1", L(heading)),
        Pt("LeadIn", $"{{{{join tools \"{L(", ")}\"}}}}"),
        Pt("", "{{/if}}"));

    /// <summary>The person specification, shown when the registers give any of it; each row only when it has a value.</summary>
    private string PersonSpecification(string heading, bool withTerms)
    {
        int[] widths = [2600, 7038];
        string Row(string label, string tag) =>
            WordXml.Row(Cell(widths[0], P("TableLabel", R($"{{{{#if person.{tag}}}}}" + L(label))), "E8EEF7")
                + Cell(widths[1], P("TableTextKeep", R($"{{{{person.{tag}}}}}{{{{/if}}}}"))));
        string[] rows = withTerms
            ? [Row("Qualifications", "qualifications"), Row("Skills", "skills"), Row("Experience", "experience"),
                Row("Location", "location"), Row("Grade", "grade"), Row("Contract", "contract")]
            : [Row("Qualifications", "qualifications"), Row("Skills", "skills"), Row("Experience", "experience"), Row("Location", "location")];
        return string.Concat(
            Pt("", "{{#if person.any}}"),
            Pt("Heading1", L(heading)),
            Table(widths, rows),
            Pt("", "{{/if}}"));
    }

    /// <summary>
    /// The document control block, under the title where a document controller looks for it: two compact rows
    /// (ID, version, effective date; owner, next review, approval), so the first page still reaches the role's details
    /// and duties. An empty approver leaves a line to sign.
    /// </summary>
    private string ControlTable(string owner)
    {
        int[] widths = [1250, 1963, 1250, 1963, 1250, 1962];
        string Label(int i, string text) => Cell(widths[i], P("ControlLabel", R(text)), "E8EEF7");
        string Value(int i, string runs) => Cell(widths[i], P("ControlText", runs));
        return Table(widths,
            Row(Label(0, L("Document ID")) + Value(1, R("{{control.id}}", Bold)) + Label(2, L("Version")) + Value(3, R("{{control.version}}"))
                + Label(4, L("Effective")) + Value(5, R("{{control.effectiveText}}"))),
            Row(Label(0, L("Owner")) + Value(1, R(owner)) + Label(2, L("Next review")) + Value(3, R("{{control.reviewText}}"))
                + Label(4, L("Approved by")) + Value(5, R("{{#if control.approver}}{{control.approver}}{{else}}________________{{/if}}"))));
    }

    /// <summary>The revision history at the end: one row per version, newest first, each saying what changed.</summary>
    private string RevisionHistory()
    {
        int[] widths = [1100, 2000, 6538];
        return string.Concat(
            Pt("Heading1", L("Revision history")),
            Table(widths,
                HeaderRow(widths, L("Version"), L("Effective"), L("What changed")),
                BodyRow(widths, R("{{#each control.history}}{{version}}"), R("{{dateText}}"), R("{{change}}{{/each}}"))));
    }

    private byte[] Pack(string body, string documentType) => DocxBuilder.Build(body,
        R("{{#if organisation}}{{organisation}} · {{/if}}{{department.name}}"), R($"{L(documentType)} · {{{{control.id}}}}", Bold),
        R($"{L("Version")} {{{{control.version}}}} · {L("effective")} {{{{control.effectiveText}}}}"),
        R(L("Page") + " ") + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>" + R(" " + L("of") + " ")
            + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>" + (_.PageCountEnd.Length > 0 ? R(_.PageCountEnd) : ""),
        _.WordLanguage, _.Italics);
}
