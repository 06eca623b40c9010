using System.IO.Compression;
using System.Text;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

public class XlsxRegisterReaderTests
{
    private static RawSheet Departments => new("Departments", [["Department", "Access"], ["Ops", "Internal"]]);
    private static RawSheet Roles => new("Roles", [["Role", "Department"], ["Boss", "Ops"]]);
    private static RawSheet Processes => new("Processes", [["Process", "Department"]]);

    private static Model.RegisterSet Read(byte[] bytes) => XlsxRegisterReader.Read(new MemoryStream(bytes));

    [Fact]
    public void Read_PlainRangesWithShuffledHeadersUnknownColumnsAndBlankRows_ReadsByHeaderText()
    {
        var tasks = new RawSheet("tasks", [
            null,
            ["  currently done by ", "Notes", "TASK", "department", "Step", "Tools", "ROLE"],
            ["Ann", "ignore me", "Open the shop", "Ops", 1, "Keys, Alarm code ,", "Boss"],
            null,
            [null, "only an unknown column", null, null, null, null, null],
            [null, null, new InlineText("Close the shop"), "Ops", new FormulaValue("1+1", "2"), null, "Boss"],
            [null, null, true, "Ops", 2.5, null, null],
        ]);
        var read = Read(RawWorkbook.Create("Acme & Sons", Departments, Roles, tasks, Processes));

        read.Organisation.Should().Be("Acme & Sons");
        read.Tasks.Should().HaveCount(3);
        read.Tasks[0].Should().BeEquivalentTo(new Model.TaskItem("T0001", "Open the shop", "Ops", "Boss", null, "1", null,
            ["Keys", "Alarm code"], "Ann", 3));
        read.Tasks[1].Should().Match<Model.TaskItem>(t => t.Task == "Close the shop" && t.Step == "2" && t.Row == 6 && t.Id == "T0002");
        read.Tasks[2].Should().Match<Model.TaskItem>(t => t.Task == "TRUE" && t.Step == "2.5" && t.Row == 7);
    }

    [Fact]
    public void Read_TablesOffsetInTheSheet_UseTheTableRangeAndName()
    {
        var roles = new RawSheet("Sheet2", [
            ["Not part of the table"],
            null,
            [null, "Role", "Department", "Reports To"],
            [null, "Boss", "Ops", null],
            [null, "Clerk", "Ops", "Boss"],
            [null, "Outside the table", "Ops", null],
        ], Table: ("ROLES", "B3:D5"));
        var read = Read(RawWorkbook.Create(null, Departments, roles, new RawSheet("Tasks", [["Task", "Department"]]), Processes));

        read.Organisation.Should().BeEmpty();
        read.Roles.Select(r => (r.Title, r.ReportsTo, r.Row)).Should().Equal(("Boss", null, 4), ("Clerk", "Boss", 5));
        var layout = XlsxRegisterReader.ReadWorkbook(new MemoryStream(RawWorkbook.Create(null, Departments, roles,
            new RawSheet("Tasks", [["Task", "Department"]]), Processes))).Layout;
        layout.ColumnOf("Roles", "reports to").Should().Be("D");
    }

    [Fact]
    public void Read_DepartmentPrincipals_SplitOnSemicolons()
    {
        var departments = new RawSheet("Departments", [["Department", "Owners", "Members"], ["Ops", "a@x.com; b@x.com;", "c@x.com"]]);
        var read = Read(RawWorkbook.Create(null, departments, Roles, new RawSheet("Tasks", [["Task"]]), Processes));
        read.Departments[0].Owners.Should().Equal("a@x.com", "b@x.com");
        read.Departments[0].Members.Should().Equal("c@x.com");
    }

    [Fact]
    public void Read_MissingRegister_SaysWhichOne()
    {
        var act = () => Read(RawWorkbook.Create(null, Departments, Roles, Processes));
        act.Should().Throw<OfficeInfraException>().Which.Should().Match<OfficeInfraException>(e =>
            e.Kind == ErrorKind.UnreadableInput && e.Message == "The workbook has no 'Tasks' sheet or table.");
    }

    [Fact]
    public void Read_WorkbookWithoutSheets_IsUnreadable() =>
        Unreadable(RawWorkbook.Create(null)).Should().Contain("no worksheets");

    [Fact]
    public void Read_MissingFile_IsUnreadable()
    {
        var act = () => XlsxRegisterReader.Read("/nonexistent/registers.xlsx");
        act.Should().Throw<OfficeInfraException>().Which.Message.Should().Be("The file '/nonexistent/registers.xlsx' does not exist.");
    }

    [Fact]
    public void Read_TextFile_IsUnreadable() =>
        Unreadable(Encoding.UTF8.GetBytes("Department,Head\nOps,Boss\n")).Should().Contain("not a readable zip package");

    [Fact]
    public void Read_EmptyFile_IsUnreadable() => Unreadable([]).Should().Contain("is empty");

    [Fact]
    public void Read_CorruptZip_IsUnreadable()
    {
        var bytes = Sample();
        Array.Fill(bytes, (byte)0x42, bytes.Length / 3, bytes.Length / 3);
        Unreadable(bytes).Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Read_TruncatedZip_IsUnreadable() => Unreadable(Sample()[..5000]).Should().NotBeNullOrWhiteSpace();

    [Fact]
    public void Read_WordDocumentRenamed_IsUnreadable()
    {
        var bytes = Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
        Unreadable(bytes).Should().Contain("Word document");
    }

    [Fact]
    public void Read_ZipWithoutOfficeParts_IsUnreadable() =>
        Unreadable(Zip(("hello.txt", "hi"))).Should().Contain("not an Excel workbook");

    [Fact]
    public void Read_SheetWithDtd_IsUnreadableNotACrash()
    {
        var bytes = Rewrite(Sample(), "xl/worksheets/sheet1.xml", xml =>
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]>" + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        Unreadable(bytes).Should().Contain("DTD");
    }

    [Fact]
    public void Read_PartDeclaringHugeSize_IsRefusedBeforeInflating()
    {
        // A zip whose central directory declares a 600 MB part: the guard reads sizes, never inflates it.
        var bytes = Zip(("[Content_Types].xml", "<Types/>"), ("xl/worksheets/sheet1.xml", "<x/>"));
        var patched = PatchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 600u * 1024 * 1024);
        Unreadable(patched).Should().Contain("MB");
    }

    private static string Unreadable(byte[] bytes)
    {
        var act = () => Read(bytes);
        var e = act.Should().Throw<OfficeInfraException>().Which;
        e.Kind.Should().Be(ErrorKind.UnreadableInput);
        e.Message.Should().EndWith(".").And.NotContain("\n");
        return e.Message;
    }

    private static byte[] Sample() => WorkbookRoundTripTests.Write(SampleOrganisation.Create()).ToArray();

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }

    private static byte[] Rewrite(byte[] package, string entryName, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(change(text));
        }
        return stream.ToArray();
    }

    /// <summary>Overwrites the uncompressed size in the central directory record of one entry.</summary>
    private static byte[] PatchDeclaredSize(byte[] zip, string name, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i < bytes.Length - 46; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 1 && bytes[i + 3] == 2 &&
                bytes.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.GetBytes(size).CopyTo(bytes, i + 24);
            }
        }
        return bytes;
    }
}
