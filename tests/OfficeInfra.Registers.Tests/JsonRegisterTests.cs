using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public class JsonRegisterTests
{
    [Fact]
    public void Write_SampleAndSynthetic_ReadBackEqual()
    {
        foreach (var registers in new[] { SampleOrganisation.Create(), SyntheticOrganisation.Create(30, 90, 10, 9) })
        {
            JsonRegisterReader.Read(JsonRegisterWriter.Write(registers)).Should().BeEquivalentTo(registers, o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void Write_UnicodeText_IsReadableAndSurvives()
    {
        // System.Text.Json always escapes characters outside the BMP (emoji) as \uD83D\uDE80; they still round-trip.
        var json = JsonRegisterWriter.Write(new RegisterSetBuilder().Department("İş 中文 🚀").Build());
        json.Should().Contain("İş 中文");
        JsonRegisterReader.Read(json).Departments[0].Name.Should().Be("İş 中文 🚀");
    }

    [Fact]
    public void Read_StringListsNumberStepsAndAnyCase_AreAccepted()
    {
        var read = JsonRegisterReader.Read("""
            { "organisation": "Acme", "Departments": [ { "department": "Ops", "owners": "a@x.com; b@x.com", "row": 2 } ],
              "roles": [ { "role": "Boss", "department": "Ops", "reportsTo": null, "extra": 1 } ],
              "tasks": [ { "task": "Open", "department": "Ops", "step": 2, "tools": "Keys, Alarm", "currentlyDoneBy": "Ann" },
                         { "id": 7, "task": "Close", "department": "Ops", "step": "3", "tools": ["Keys"] } ],
              "processes": [] }
            """);
        read.Organisation.Should().Be("Acme");
        read.Departments[0].Owners.Should().Equal("a@x.com", "b@x.com");
        read.Departments[0].Row.Should().Be(2);
        read.Tasks[0].Should().Match<TaskItem>(t => t.Step == "2" && t.Id == "T0001" && t.CurrentlyDoneBy == "Ann" && t.Tools.Count == 2);
        read.Tasks[1].Should().Match<TaskItem>(t => t.Step == "3" && t.Id == "7" && t.Tools.Count == 1);
        read.Processes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{ \"departments\": [ ")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"roles\": 5 }")]
    public void Read_MalformedJson_IsUnreadableWithOneSentence(string json)
    {
        var act = () => JsonRegisterReader.Read(json);
        act.Should().Throw<OfficeInfraException>().Which.Should().Match<OfficeInfraException>(e =>
            e.Kind == ErrorKind.UnreadableInput && e.Message.EndsWith('.') && !e.Message.Contains('\n'));
    }
}
