using OfficeInfra.Documents.Word.Templating;

namespace OfficeInfra.Bench;

/// <summary>OfficeInfra's Word engine: the template compiled once, one document rendered per role.</summary>
public sealed class EngineContender
{
    private static readonly TemplateShape Text = TemplateShape.Text;

    private readonly DocxTemplate _template;

    /// <summary>Compiles the Handlebars dialect of the benchmark template.</summary>
    public EngineContender(byte[] template) => _template = DocxTemplate.Compile(template, "bench.docx", TemplateShape.RecordOf(
        ("title", Text), ("department", Text), ("reportsTo", Text), ("type", Text), ("holder", Text), ("summary", Text),
        ("tasks", TemplateShape.ListOf(TemplateShape.RecordOf(("task", Text), ("frequency", Text), ("tools", Text))))));

    /// <summary>Renders <paramref name="role"/> into <paramref name="output"/>.</summary>
    public void Write(PeerRole role, Stream output)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(output);
        // The model is built per document inside the timing, as a caller would have to.
        var model = new Dictionary<string, object>
        {
            ["title"] = role.Title, ["department"] = role.Department, ["reportsTo"] = role.ReportsTo, ["type"] = role.Type,
            ["holder"] = role.Holder, ["summary"] = role.Summary,
            ["tasks"] = role.Tasks.Select(t => new Dictionary<string, object> { ["task"] = t.Task, ["frequency"] = t.Frequency, ["tools"] = t.Tools }).ToList(),
        };
        output.Write(_template.Render(model));
    }
}
