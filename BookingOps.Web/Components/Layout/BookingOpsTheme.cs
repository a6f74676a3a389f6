using MudBlazor;

namespace BookingOps.Web.Components.Layout;

/// <summary>The app's one theme: the business blue on white, and a dark palette with the same contrast.</summary>
public static class BookingOpsTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e5aa8",
            Secondary = "#00796b",
            AppbarBackground = "#1e5aa8",
            AppbarText = "#ffffff",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
            TextPrimary = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(0,0,0,0.64)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            Secondary = "#4db6ac",
            AppbarBackground = "#1b2230",
            AppbarText = "#e8eaed",
            Background = "#12161d",
            Surface = "#1b2029",
            DrawerBackground = "#1b2029",
            TextPrimary = "rgba(255,255,255,0.90)",
            TextSecondary = "rgba(255,255,255,0.70)",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
        Typography = SystemFonts(),
    };

    /// <summary>
    /// MudBlazor's styles ask for Roboto, which the app does not ship; every style uses the page's own font
    /// stack instead (as app.css does), so headings, buttons and text match on every machine.
    /// </summary>
    private static Typography SystemFonts()
    {
        string[] fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "DejaVu Sans", "sans-serif"];
        var typography = new Typography();
        BaseTypography[] styles =
        [
            typography.Default, typography.H1, typography.H2, typography.H3, typography.H4, typography.H5, typography.H6,
            typography.Subtitle1, typography.Subtitle2, typography.Body1, typography.Body2, typography.Button, typography.Caption, typography.Overline,
        ];
        foreach (var style in styles)
        {
            style.FontFamily = fonts;
        }

        return typography;
    }
}
