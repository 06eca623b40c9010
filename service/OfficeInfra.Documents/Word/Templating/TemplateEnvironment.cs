using System.Globalization;
using HandlebarsDotNet;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>The one Handlebars environment: Word text encoder, invariant culture, the three helpers.</summary>
internal static class TemplateEnvironment
{
    public static IHandlebars Handlebars { get; } = Create();

    private static IHandlebars Create()
    {
        var handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new WordTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
        });
        TemplateHelpers.Register(handlebars);
        return handlebars;
    }
}
