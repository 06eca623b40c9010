using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// Why <c>serve</c> could not start, in one sentence that says what to do: a port in use, HTTPS without a
/// certificate, a setting that is not of its type, a setting out of range.
/// </summary>
internal static partial class StartupFailure
{
    /// <summary>The failure as an <see cref="OfficeInfraException"/> (Configuration, exit 2), or null when it is none of these.</summary>
    public static OfficeInfraException? Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var sentence = exception switch
        {
            IOException { InnerException: AddressInUseException } e => PortInUse(e.Message),
            InvalidOperationException e when e.Message.StartsWith("Unable to configure HTTPS endpoint", StringComparison.Ordinal) =>
                "HTTPS needs a certificate: for trying it locally run 'dotnet dev-certs https', otherwise set " +
                "Kestrel:Certificates:Default:Path (and :Password) to a .pfx file, or serve HTTP on loopback behind a reverse proxy (see deploy/).",
            FileNotFoundException e when e.FileName is not null =>
                $"The file '{e.FileName}' named in the settings (an HTTPS certificate?) does not exist.",
            CryptographicException e => $"The HTTPS certificate could not be read ({e.Message.TrimEnd('.')}); check Kestrel:Certificates:Default:Path and :Password.",
            InvalidOperationException e when NotConvertible().Match(e.Message) is { Success: true } m =>
                $"The setting {m.Groups["key"].Value} is '{m.Groups["value"].Value}', which is not {Expected(m.Groups["type"].Value)}; " +
                $"fix it in appsettings.json, the OFFICEINFRA_{m.Groups["key"].Value.Replace(":", "__", StringComparison.Ordinal)} environment variable or the command line.",
            OptionsValidationException e => string.Join(" ", e.Failures),
            // Validating every option at start gathers each failing option's exception into one (ours, Quartz's).
            AggregateException e when e.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() is { } ours => string.Join(" ", ours.Failures),
            _ => null,
        };
        return sentence is null ? null : new OfficeInfraException(ErrorKind.Configuration, sentence, exception);
    }

    private static string PortInUse(string message) =>
        BindAddress().Match(message) is { Success: true } m
            ? $"Cannot listen on {m.Groups["address"].Value}: another program is using that port; stop it or choose another address with --urls."
            : "Cannot listen on the address asked for: another program is using that port; stop it or choose another address with --urls.";

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.TimeSpan" => "a time span such as 00:10:00",
        "System.Boolean" => "true or false",
        _ when typeof(StartupFailure).Assembly.GetType(type) is { IsEnum: true } choice => string.Join(" or ", Enum.GetNames(choice)),
        _ => $"a valid {type.Split('.')[^1]}",
    };

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex NotConvertible();

    [GeneratedRegex("Failed to bind to address (?<address>\\S+?):? address already in use")]
    private static partial Regex BindAddress();
}
