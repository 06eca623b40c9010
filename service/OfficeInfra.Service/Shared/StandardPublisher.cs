using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Journey;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Service.Shared;

/// <summary>The <see cref="LibraryPublisher"/> both hosts use, over every document source the product has: Word documents, org charts, the delegation report, and with a journey the service blueprint and the business systems map.</summary>
internal static class StandardPublisher
{
    /// <summary>
    /// A publisher over the built-in templates, or over HR's edited copies in <paramref name="templatesDirectory"/>.
    /// </summary>
    public static LibraryPublisher Create(string? templatesDirectory, LibraryOptions options)
    {
        if (templatesDirectory is not null && !Directory.Exists(templatesDirectory))
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput, $"The templates folder '{templatesDirectory}' does not exist.");
        }
        var templates = templatesDirectory is null ? TemplateSet.Default() : TemplateSet.Load(templatesDirectory);
        return new LibraryPublisher([new WordDocumentGenerator(templates), new OrgChartGenerator(new OrgChartOptions { FullDetail = options.OrgChartFullDetail }),
            new ServiceBlueprintGenerator(), new BusinessSystemsGenerator(registers => LibraryLayout.SopPaths(registers, options)),
            new DelegationReportGenerator()], options);
    }
}
