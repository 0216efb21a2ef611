using System.Buffers.Binary;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Recognises an animated PNG: an <c>acTL</c> chunk before the first <c>IDAT</c> (the APNG specification). Hand-written
/// because it is a walk over chunk headers; libvips reads only the default image of an APNG, never its frames.
/// </summary>
internal static class AnimatedPng
{
    private const int SignatureLength = 8;

    public static bool IsAnimated(ReadOnlySpan<byte> png)
    {
        var offset = SignatureLength;
        // Each chunk: length (4), type (4), data (length), CRC (4).
        while (offset + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[offset..]);
            var type = png.Slice(offset + 4, 4);
            if (type.SequenceEqual("acTL"u8)) return true;
            if (type.SequenceEqual("IDAT"u8)) return false;
            if (length > (uint)(png.Length - offset - 12)) return false; // truncated: the decoder refuses it
            offset += 12 + (int)length;
        }
        return false;
    }
}
