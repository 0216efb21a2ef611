namespace ChatGuard.Classifiers.Images;

/// <summary>
/// C10: the type of an upload is decided by its leading bytes, never by its name or declared content type.
/// Hand-written because it is four fixed signatures; decoding itself is left to libvips.
/// </summary>
public static class ImageSniffer
{
    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormat? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(Png)) return ImageFormat.Png;
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return ImageFormat.Jpeg;
        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8)) return ImageFormat.Gif;
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)) return ImageFormat.WebP;
        return null;
    }
}
