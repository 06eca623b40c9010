using System.Globalization;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Rules;

/// <summary>Rules about the optional Organisation sheet: a language the documents can be written in, a usable review interval.</summary>
internal static class OrganisationRules
{
    public static void Check(RegisterSet registers, List<Finding> findings)
    {
        var settings = registers.Settings;
        var sheet = RegisterSchema.Organisation.Name;
        findings.RequireListed(settings.Language, DocumentLanguages.List.Texts, FindingCodes.UnknownLanguage, sheet,
            settings.Row, C.Language, "The organisation");
        if (!RegisterNames.IsBlank(settings.ReviewInterval) && !OrganisationSettings.TryParseMonths(settings.ReviewInterval, out _))
        {
            findings.Error(FindingCodes.InvalidReviewInterval, sheet, settings.Row, C.ReviewInterval, string.Create(CultureInfo.InvariantCulture,
                $"The organisation's Review Interval '{RegisterNames.Shown(settings.ReviewInterval)}' is not a whole number of months from 1 to {OrganisationSettings.MaxReviewMonths}."));
        }
    }
}
