using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Deploy;

public sealed class SystemdUnitTests
{
    [Fact]
    public async Task Unit_PassesSystemdAnalyzeVerify_WithNoWarning()
    {
        if (!ProgramRun.OnPath("systemd-analyze"))
        {
            // CI's machine has systemd; elsewhere (a container without it) there is nothing to check the unit with.
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI must check the unit");
            return;
        }
        using var folder = new TempFolder();
        // verify also requires ExecStart's program to exist; the published program is not on this machine, so the
        // copy starts /bin/true instead. Every other line is checked as written.
        var unit = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "deploy", "officeinfra.service"));
        unit.Should().Contain("ExecStart=/opt/officeinfra/OfficeInfra.Service serve");
        await File.WriteAllTextAsync(folder.File("officeinfra.service"), unit.Replace("/opt/officeinfra/OfficeInfra.Service", "/bin/true", StringComparison.Ordinal));

        var verify = await ProgramRun.Of("systemd-analyze", ["verify", folder.File("officeinfra.service")], TimeSpan.FromMinutes(1));

        verify.ExitCode.Should().Be(0, verify.Error);
        verify.Error.Should().BeEmpty("systemd warns about unknown or misspelt keys without failing");
    }
}
