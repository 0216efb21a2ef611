using System.Text;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Turns a QR code's raw payload into text. ZBar's own guess reads short UTF-8 Chinese as Shift-JIS, so it is
/// asked for the bytes instead: UTF-8 when they are valid UTF-8 (what phones and generators write today), else
/// GB18030 (legacy Chinese generators), else ISO-8859-1 (the QR standard's default for byte mode).
/// </summary>
internal static class QrTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictGb18030 =
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static string Decode(ReadOnlySpan<byte> payload)
    {
        if (payload.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) payload = payload[3..];
        if (TryDecode(StrictUtf8, payload, out var text)) return text;
        if (TryDecode(StrictGb18030, payload, out text)) return text;
        return Encoding.Latin1.GetString(payload);
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> payload, out string text)
    {
        try
        {
            text = encoding.GetString(payload);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
