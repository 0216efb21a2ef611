using ChatGuard.Classifiers.Images;

namespace ChatGuard.Classifiers.Tests.Images;

public class ImageSnifferTests
{
    [Theory]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.WebP)]
    [InlineData(ImageFormat.Gif)]
    public void Recognises_each_allowed_type_by_its_leading_bytes(ImageFormat format)
    {
        var bytes = TestImageEncoder.Encode(new GreyCanvas(4, 4), format);

        Assert.Equal(format, ImageSniffer.Sniff(bytes));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E })]                                           // a PNG signature cut short
    [InlineData(new byte[] { 0xFF, 0xD8 })]                                                 // half a JPEG marker
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 })] // RIFF, but WAVE audio
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x38, 0x61 })]                         // "GIF88a" is no GIF version
    [InlineData(new byte[] { 0x42, 0x4D, 0x36, 0, 0, 0 })]                                  // BMP
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })]                               // %PDF-
    public void Refuses_everything_else(byte[] bytes)
    {
        Assert.Null(ImageSniffer.Sniff(bytes));
    }
}
