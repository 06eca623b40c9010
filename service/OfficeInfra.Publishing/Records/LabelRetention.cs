using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Records;

/// <summary>How a retention label keeps what it labels, in the values of Microsoft Purview's file plan import.</summary>
/// <param name="Duration">RetentionDuration: whole days (<c>2555</c>) or <c>Unlimited</c>.</param>
/// <param name="Action">RetentionAction: <c>Keep</c>, <c>Delete</c> or <c>KeepAndDelete</c>.</param>
/// <param name="Trigger">RetentionType: <c>CreationAgeInDays</c>, <c>ModificationAgeInDays</c> or <c>TaggedAgeInDays</c>.</param>
public sealed record LabelRetention(string Duration, string Action, string Trigger)
{
    /// <summary>
    /// The settings as a person writes them (<c>7 years</c>, <c>Keep and delete</c>, <c>When last modified</c>; Purview's
    /// own names work too); null when none is given. Throws a configuration error naming <paramref name="source"/> when
    /// one is unreadable or only some are given, as Purview needs the three together.
    /// </summary>
    public static LabelRetention? Read(string? period, string? action, string? trigger, string source)
    {
        var given = new[] { period, action, trigger }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given == 0)
        {
            return null;
        }
        var duration = RetentionValues.PurviewDuration(period);
        var purviewAction = RetentionValues.PurviewAction(action);
        var purviewTrigger = RetentionValues.PurviewTrigger(trigger);
        return given == 3 && duration is not null && purviewAction is not null && purviewTrigger is not null
            ? new LabelRetention(duration, purviewAction, purviewTrigger)
            : throw new OfficeInfraException(ErrorKind.Configuration,
                $"{source} needs Period (such as 7 years, or Unlimited), Action ({string.Join(", ", RetentionValues.ActionTexts)}) and " +
                $"Trigger ({string.Join(", ", RetentionValues.TriggerTexts)}) together; it has Period '{period}', Action '{action}', Trigger '{trigger}'.");
    }
}
