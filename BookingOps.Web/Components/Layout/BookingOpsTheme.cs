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
    };
}
