using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

internal sealed partial class DefaultTemplateDesign
{
    /// <summary>
    /// The stages of the customer journey where a role meets the customer (on stage) or that a process makes possible
    /// (back stage), with what the customer does there; left out when the registers have no journey or the role or
    /// process takes no part in it.
    /// </summary>
    /// <param name="leadIn">The sentence that says how the subject serves those stages, in the template's voice.</param>
    /// <param name="withActivity">True to add what is done in front of the customer (a role's part on stage).</param>
    private string CustomerJourneySection(string leadIn, bool withActivity)
    {
        int[] widths = withActivity ? [3000, 3338, 3300] : [3600, 6038];
        string[] headers = withActivity ? [L("Stage"), L("What the customer does"), L("Activity")] : [L("Stage"), L("What the customer does")];
        string[] cells = withActivity
            ? [R("{{#each journey}}{{stage}}", "<w:b/>"), R("{{customerAction}}"), R("{{activity}}{{/each}}")]
            : [R("{{#each journey}}{{stage}}", "<w:b/>"), R("{{customerAction}}{{/each}}")];
        return string.Concat(
            Pt("", "{{#if journey}}"),
            Pt("Heading1", L("Customer journey")),
            Pt("LeadIn", L(leadIn)),
            Table(widths, HeaderRow(widths, headers), BodyRow(widths, cells)),
            Pt("", "{{/if}}"));
    }
}
