using Microsoft.AspNetCore.Components;

namespace BookingOps.Web.Components.Ui;

/// <summary>Sends the browser to sign in, by a full load so an ended sign-in's cookie is dropped, and back here afterwards.</summary>
public static class SignInAgain
{
    /// <param name="ended">Whether the sign-in page should say the session ended (an Admin changed the account).</param>
    public static void Go(NavigationManager navigation, bool ended = false)
    {
        var returnUrl = Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri));
        navigation.NavigateTo($"account/login?returnUrl={returnUrl}{(ended ? "&ended=true" : string.Empty)}", forceLoad: true);
    }
}
