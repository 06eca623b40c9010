using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Publishing.Tests;

/// <summary>The rules run once, in the host: generation takes only checked registers and never runs the rules again.</summary>
public sealed class CheckedRegistersOnlyTests
{
    [Theory]
    [InlineData(typeof(LibraryPublisher))]
    [InlineData(typeof(GeneratedDocument))]
    public void Generation_NeverRunsTheRules(Type inAssembly)
    {
        // A call to RegisterRules anywhere in these assemblies would show as a reference to the type in their metadata.
        TypesReferencedBy(inAssembly.Assembly).Should().NotContain(nameof(RegisterRules));
    }

    [Fact]
    public void Generation_NeverRunsTheRules_WouldSeeACall() =>
        // The control: this test assembly does call the rules (to check the registers it hands the publisher).
        TypesReferencedBy(typeof(CheckedRegistersOnlyTests).Assembly).Should().Contain(nameof(RegisterRules));

    [Fact]
    public void LibraryPublisher_AcceptsOnlyCheckedRegisters()
    {
        var generating = typeof(LibraryPublisher).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name is nameof(LibraryPublisher.BuildDesired) or nameof(LibraryPublisher.PlanAsync) or nameof(LibraryPublisher.PublishAsync))
            .ToList();

        generating.Should().HaveCount(4);
        generating.Should().OnlyContain(m => m.GetParameters()[0].ParameterType == typeof(CheckedRegisters));
        typeof(LibraryPublisher).GetMethods().SelectMany(m => m.GetParameters()).Should().NotContain(p => p.ParameterType == typeof(RegisterSet));
        // The layout reads no registers at all: it files what the documents carry into folders only checked registers make.
        typeof(LibraryLayout).GetMethod(nameof(LibraryLayout.Build))!.GetParameters().Select(p => p.ParameterType)
            .Should().NotContain([typeof(RegisterSet), typeof(CheckedRegisters)]).And.Contain(typeof(LibraryFiling));
        typeof(LibraryFiling).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(LibraryFiling))
            .Should().ContainSingle().Which.GetParameters().Single().ParameterType.Should().Be<CheckedRegisters>();
    }

    private static HashSet<string> TypesReferencedBy(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences.Select(h => metadata.GetString(metadata.GetTypeReference(h).Name)).ToHashSet(StringComparer.Ordinal);
    }
}
