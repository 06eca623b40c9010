using Microsoft.Identity.Client;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Entra's refusals of the on-behalf-of exchange as the product's errors: an expired or revoked sign-in is
/// <see cref="ErrorKind.SignInRequired"/> (401, "sign in again"), missing consent is
/// <see cref="ErrorKind.ConsentRequired"/> (403, "consent needed"), never "unexpected problem".
/// </summary>
internal static class SignInErrors
{
    /// <summary>The product's error for a failed exchange.</summary>
    public static OfficeInfraException Translate(MsalException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure switch
        {
            MsalUiRequiredException { Classification: UiRequiredExceptionClassification.ConsentRequired } e => Consent(e),
            MsalServiceException e when e.Message.Contains("AADSTS65001", StringComparison.Ordinal) || e.Message.Contains("consent_required", StringComparison.Ordinal) => Consent(e),
            MsalServiceException e when e is MsalUiRequiredException || e.ErrorCode is "invalid_grant" or "interaction_required" =>
                new OfficeInfraException(ErrorKind.SignInRequired, "Your sign-in can no longer be used to publish (it expired or was revoked); sign in again and retry.", e),
            _ => new OfficeInfraException(ErrorKind.TargetFailed, "Entra ID did not let the service publish on your behalf; try again later, or ask your administrator to check the service's app registration.", failure),
        };
    }

    private static OfficeInfraException Consent(Exception e) => new(ErrorKind.ConsentRequired,
        "Publishing needs your consent (or an administrator's) for the service to reach SharePoint on your behalf; ask your administrator to grant it.", e);
}
