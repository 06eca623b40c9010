using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// The design of the two built-in templates. Run the tests with OFFICEINFRA_UPDATE_TEMPLATES=1 to write them into
/// service/OfficeInfra.Documents/Templates/ after a change here.
/// </summary>
internal static class DefaultTemplateDesign
{
    private const string Effective = "{{formatDate control.effective \"d MMMM yyyy\"}}";
    private const string Review = "{{formatDate control.review \"d MMMM yyyy\"}}";
    private const string PageNumbers =
        "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>" +
        "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>";

    public static byte[] JobDescription()
    {
        int[] tasks = [5438, 1500, 2700];
        int[] owned = [3200, 2000, 3038, 1400];
        var body = string.Concat(
            Pt("Title", "{{role.title}}"),
            Pt("Subtitle", "Job description · {{department.name}} · {{organisation}}"),
            ControlTable("{{#if control.owner}}{{control.owner}}{{else}}Head of {{department.name}}{{/if}}"),
            Pt("", "{{#if role.vacant}}"),
            P("Callout", R("This role is open. ", "<w:b/>"), R("It has no holder at present and we are recruiting for it.")),
            Pt("", "{{/if}}"),
            Pt("Heading1", "Role details"),
            DetailsTable(
                ("Role title", R("{{role.title}}", "<w:b/>")),
                ("Department", R("{{department.name}}")),
                ("Reports to", R("{{#if role.reportsTo}}{{role.reportsTo}}{{else}}Nobody: top of the organisation{{/if}}")),
                ("Direct reports", R("{{#if role.directReports}}{{join role.directReports \", \"}}{{else}}None{{/if}}")),
                ("Type", R("{{role.type}}")),
                ("Hours", R("{{#if role.hours}}{{role.hours}}{{else}}Not set{{/if}}")),
                ("Status", R("{{#if role.vacant}}Vacant: this role is open{{else}}{{role.status}}{{/if}}")),
                ("Holder", R("{{#if role.vacant}}Nobody yet{{else}}{{role.holder}}{{/if}}"))),
            Pt("Heading1", "Purpose of the role"),
            Pt("", "{{#if role.summary}}{{role.summary}}{{else}}No summary has been written for this role yet.{{/if}}"),
            Pt("Heading1", "Responsibilities"),
            Pt("", "{{#each responsibilities}}"),
            Pt("Heading2", "{{name}}"),
            Table(tasks,
                HeaderRow(tasks, "Task", "Frequency", "Tools"),
                BodyRow(tasks, R("{{#each tasks}}{{task}}"), R("{{frequency}}"), R("{{join tools \", \"}}{{/each}}"))),
            Pt("", "{{/each}}"),
            Pt("", "{{#unless responsibilities}}"),
            Pt("", "No tasks are assigned to this role yet."),
            Pt("", "{{/unless}}"),
            Pt("Heading1", "Tools used"),
            Pt("", "{{#if tools}}{{join tools \", \"}}{{else}}No tools are recorded for this role's tasks.{{/if}}"),
            Pt("Heading1", "Processes owned"),
            Pt("", "{{#if processesOwned}}"),
            Pt("", "This role is accountable for these processes and how they perform:"),
            Table(owned,
                HeaderRow(owned, "Process", "System", "Measured by (KPI)", "Target"),
                BodyRow(owned, R("{{#each processesOwned}}{{name}}"), R("{{system}}"), R("{{kpi}}"), R("{{target}}{{/each}}"))),
            Pt("", "{{else}}"),
            Pt("", "This role owns no process."),
            Pt("", "{{/if}}"),
            RevisionHistory());
        return DocxBuilder.Build(body,
            R("{{organisation}} · {{department.name}}"), R("Job description · {{control.id}}", "<w:b/>"),
            R("Version {{control.version}} · effective " + Effective), PageNumbers);
    }

    public static byte[] Sop()
    {
        int[] steps = [820, 3518, 1900, 1900, 1500];
        var body = string.Concat(
            Pt("Title", "{{process.name}}"),
            Pt("Subtitle", "Standard operating procedure · {{department.name}} · {{organisation}}"),
            ControlTable("{{#if control.owner}}{{control.owner}}{{else}}No process owner assigned{{/if}}"),
            DetailsTable(
                ("Process", R("{{process.name}}", "<w:b/>")),
                ("Department", R("{{department.name}}")),
                ("Core business system", R("{{#if process.system}}{{process.system}}{{else}}Not set{{/if}}")),
                ("Process owner", R("{{#if process.owner}}{{process.owner}}{{else}}No owner assigned{{/if}}")),
                ("Tools", R("{{#if process.tools}}{{join process.tools \", \"}}{{else}}None recorded{{/if}}"))),
            Pt("Heading1", "Purpose"),
            Pt("", "{{process.purpose}}"),
            DetailsTable(
                ("Starts when (trigger)", R("{{#if process.trigger}}{{process.trigger}}{{else}}Not recorded{{/if}}")),
                ("Ends with (outcome)", R("{{#if process.outcome}}{{process.outcome}}{{else}}Not recorded{{/if}}"))),
            Pt("Heading1", "Procedure"),
            Pt("", "Carry out the steps in this order."),
            Table(steps,
                HeaderRow(steps, "Step", "What is done", "Who does it", "Tools", "Frequency"),
                BodyRow(steps, R("{{#each steps}}{{number}}", "<w:b/>"), R("{{task}}"),
                    R("{{#if role}}{{role}}{{else}}") + "<w:r><w:rPr><w:rStyle w:val=\"Warning\"/></w:rPr><w:t>No role assigned</w:t></w:r>" + R("{{/if}}"),
                    R("{{join tools \", \"}}"), R("{{frequency}}{{/each}}"))),
            Pt("", "{{#unless steps}}"),
            Pt("", "No steps have been recorded for this process yet."),
            Pt("", "{{/unless}}"),
            Pt("Heading1", "How performance is measured"),
            DetailsTable(
                ("Measured by (KPI)", R("{{#if process.kpi}}{{process.kpi}}{{else}}Not set{{/if}}")),
                ("Target", R("{{#if process.target}}{{process.target}}{{else}}Not set{{/if}}"))),
            RevisionHistory());
        return DocxBuilder.Build(body,
            R("{{organisation}} · {{department.name}}"), R("Standard operating procedure · {{control.id}}", "<w:b/>"),
            R("Version {{control.version}} · effective " + Effective), PageNumbers);
    }

    /// <summary>
    /// The document control block, under the title where a document controller looks for it: two compact rows
    /// (ID, version, effective date; owner, next review, approval), so the first page still reaches the role's details
    /// and duties. An empty approver leaves a line to sign.
    /// </summary>
    private static string ControlTable(string owner)
    {
        int[] widths = [1250, 1963, 1250, 1963, 1250, 1962];
        string Label(int i, string text) => Cell(widths[i], P("ControlLabel", R(text)), "E8EEF7");
        string Value(int i, string runs) => Cell(widths[i], P("ControlText", runs));
        return Table(widths,
            Row(Label(0, "Document ID") + Value(1, R("{{control.id}}", "<w:b/>")) + Label(2, "Version") + Value(3, R("{{control.version}}"))
                + Label(4, "Effective") + Value(5, R(Effective))),
            Row(Label(0, "Owner") + Value(1, R(owner)) + Label(2, "Next review") + Value(3, R(Review))
                + Label(4, "Approved by") + Value(5, R("{{#if control.approver}}{{control.approver}}{{else}}________________{{/if}}"))));
    }

    /// <summary>The revision history at the end: one row per version, newest first, each saying what changed.</summary>
    private static string RevisionHistory()
    {
        int[] widths = [1100, 2000, 6538];
        return string.Concat(
            Pt("Heading1", "Revision history"),
            Table(widths,
                HeaderRow(widths, "Version", "Effective", "What changed"),
                BodyRow(widths, R("{{#each control.history}}{{version}}"), R("{{formatDate date \"d MMMM yyyy\"}}"), R("{{change}}{{/each}}"))));
    }
}
