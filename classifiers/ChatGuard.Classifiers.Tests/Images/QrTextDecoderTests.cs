using System.Text;
using ChatGuard.Classifiers.Images;

namespace ChatGuard.Classifiers.Tests.Images;

public class QrTextDecoderTests
{
    [Fact]
    public void Reads_utf8_with_or_without_a_byte_order_mark()
    {
        Assert.Equal("加微信 abc", QrTextDecoder.Decode(Encoding.UTF8.GetBytes("加微信 abc")));
        Assert.Equal("羊毛围巾", QrTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("羊毛围巾")]));
    }

    [Fact]
    public void Falls_back_to_gb18030_for_legacy_chinese_codes()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        Assert.Equal("扫码加好友", QrTextDecoder.Decode(gb.GetBytes("扫码加好友")));
    }

    [Fact]
    public void Falls_back_to_latin1_when_nothing_else_fits()
    {
        // 0xFF is neither UTF-8 nor a GB18030 lead byte.
        Assert.Equal("caf\u00e9\u00ff", QrTextDecoder.Decode([0x63, 0x61, 0x66, 0xE9, 0xFF]));
    }
}
