using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// The design of the two built-in templates. Run the tests with OFFICEINFRA_UPDATE_TEMPLATES=1 to write them into
/// service/OfficeInfra.Documents/Templates/ after a change here.
/// </summary>
internal static class DefaultTemplateDesign
{
    private const string AsOf = "{{formatDate asOf \"d MMMM yyyy\"}}";
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
            Pt("", "{{/if}}"));
        return DocxBuilder.Build(body,
            R("{{organisation}} · {{department.name}}"), R("Job description", "<w:b/>"),
            R("As of " + AsOf), PageNumbers);
    }

    public static byte[] Sop()
    {
        int[] steps = [820, 3518, 1900, 1900, 1500];
        int[] revision = [2100, 2400, 2100, 3038];
        var body = string.Concat(
            Pt("Title", "{{process.name}}"),
            Pt("Subtitle", "Standard operating procedure · {{department.name}} · {{organisation}}"),
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
            Pt("Heading1", "Revision"),
            Table(revision,
                HeaderRow(revision, "Date", "Process owner", "Next review", "Change"),
                BodyRow(revision, R(AsOf), R("{{#if process.owner}}{{process.owner}}{{else}}Not assigned{{/if}}"),
                    R("{{formatDate reviewDue \"d MMMM yyyy\"}}"), R("Generated from the organisation's registers."))));
        return DocxBuilder.Build(body,
            R("{{organisation}} · {{department.name}}"), R("Standard operating procedure", "<w:b/>"),
            R("As of " + AsOf), PageNumbers);
    }
}
