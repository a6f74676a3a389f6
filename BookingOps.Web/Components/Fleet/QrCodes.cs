using Microsoft.AspNetCore.Components;
using QRCoder;

namespace BookingOps.Web.Components.Fleet;

/// <summary>QR codes drawn as inline SVG (QRCoder), so a label prints sharp at any size and needs no image file.</summary>
public static class QrCodes
{
    public static MarkupString Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new MarkupString(new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute));
    }
}
