using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the optional Organisation sheet: a language the documents can be written in, a usable review interval.</summary>
internal static class OrganisationRules
{
    public static void Check(RegisterSet registers, FindingWords words, List<Finding> findings)
    {
        var settings = registers.Settings;
        var sheet = RegisterSchema.Organisation.Name;
        findings.RequireListed(words, settings.Language, DocumentLanguages.List.Texts, FindingCodes.UnknownLanguage, sheet,
            settings.Row, C.Language, words.Organisation);
        if (!RegisterNames.IsBlank(settings.ReviewInterval) && !OrganisationSettings.TryParseMonths(settings.ReviewInterval, out _))
        {
            findings.Error(FindingCodes.InvalidReviewInterval, sheet, settings.Row, C.ReviewInterval,
                words.InvalidReviewInterval(RegisterNames.Shown(settings.ReviewInterval), OrganisationSettings.MaxReviewMonths));
        }
    }
}
