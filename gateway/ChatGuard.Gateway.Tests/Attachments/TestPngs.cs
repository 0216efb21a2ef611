using QRCoder;

namespace ChatGuard.Gateway.Tests.Attachments;

/// <summary>Upload bodies: PNGs rendered by QRCoder.</summary>
internal static class TestPngs
{
    public static byte[] Qr(string text) => Render(text, [0, 0, 0]);

    /// <summary>A plain white picture: QRCoder's renderer with dark modules drawn in the light colour.</summary>
    public static byte[] Blank() => Render("blank", [255, 255, 255]);

    private static byte[] Render(string text, byte[] dark)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4, dark, [255, 255, 255]);
    }
}
