namespace BookingOps.Web.Components.Account;

public static class ReturnUrl
{
    /// <summary>Only a path on this site; anything else (another host, "//evil", "/\evil") goes home.</summary>
    public static string Safe(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            ? returnUrl
            : "/";
}
