using System.Diagnostics;
using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Images;

public class QrImageScannerTests
{
    // A budget no loaded test machine exhausts: these tests are about what is found, not how fast.
    private static readonly QrImageScanner Scanner = QrImageScanner.CreateDefault(new ImageScanOptions { TimeBudget = TimeSpan.FromMinutes(1) });

    [Fact]
    public void A_code_with_an_im_contact_is_a_qr_code_and_contact_diversion_with_its_text()
    {
        var result = Scanner.Scan(TestImages.CleanQrPng("加微信 kefu_2046 领券"));

        Assert.True(result.IsReadable);
        Assert.Equal(ImageFormat.Png, result.Format);
        Assert.Equal([Labels.QrCode, Labels.ContactDiversion], result.Labels);
        var code = Assert.Single(result.Codes);
        Assert.Equal("加微信 kefu_2046 领券", code.Text);
        Assert.True(code.ContactDiversion);
        Assert.Equal(ModerationAction.Block, result.Action); // feige: qr_code → block
    }

    [Fact]
    public void A_code_without_contact_details_is_still_a_qr_code()
    {
        var result = Scanner.Scan(TestImages.CleanQrPng("SKU-2936-羊毛围巾"));

        Assert.Equal([Labels.QrCode], result.Labels);
        var code = Assert.Single(result.Codes);
        Assert.Equal("SKU-2936-羊毛围巾", code.Text); // UTF-8 that ZBar's own guess would read as Shift-JIS
        Assert.False(code.ContactDiversion);
    }

    [Fact]
    public void The_profile_decides_the_action_and_which_domains_are_the_platforms_own()
    {
        var own = Scanner.Scan(TestImages.CleanQrPng("https://www.douyin.com/shop/123"), "feige");
        var foreign = Scanner.Scan(TestImages.CleanQrPng("https://cheap-mall.top/shop/123"), "feige");

        Assert.Equal([Labels.QrCode], own.Labels);
        Assert.Equal([Labels.QrCode, Labels.ContactDiversion], foreign.Labels);
        Assert.Throws<UnknownProfileException>(() => Scanner.Scan(TestImages.CleanQrPng("x"), "no-such-profile"));
    }

    [Theory]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.WebP)]
    [InlineData(ImageFormat.Gif)]
    public void Finds_a_code_in_a_photo_in_every_allowed_format(ImageFormat format)
    {
        var result = Scanner.Scan(TestImages.QrInPhoto("https://t.me/shop_deals_88", format));

        Assert.Equal(format, result.Format);
        Assert.Equal((640, 480), (result.Width, result.Height));
        Assert.Equal("https://t.me/shop_deals_88", Assert.Single(result.Codes).Text);
        Assert.Contains(Labels.ContactDiversion, result.Labels);
    }

    [Fact]
    public void Finds_a_small_code_at_two_pixels_per_module()
    {
        var result = Scanner.Scan(TestImages.QrInPhoto("QQ: 20461024", ImageFormat.Png, seed: 4, pixelsPerModule: 2));

        Assert.Equal("QQ: 20461024", Assert.Single(result.Codes).Text);
    }

    [Fact]
    public void Finds_every_code_in_an_image_that_shows_several()
    {
        var result = Scanner.Scan(TestImages.QrCodesInPhoto(1000, 500, ("weixin: kefu_88", 250, 250, 3), ("SKU-7781-羊毛围巾", 700, 250, 2.5)));

        Assert.Equal(["SKU-7781-羊毛围巾", "weixin: kefu_88"], result.Codes.Select(c => c.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Finds_a_code_too_big_for_the_finder_locator_in_a_large_image()
    {
        // 24 px per module: the patterns' centres are wider than the locator's threshold window; the whole-image pass reads it.
        var result = Scanner.Scan(TestImages.QrCodesInPhoto(1200, 900, ("https://t.me/big_code_shop", 600, 450, 24)));

        Assert.Equal("https://t.me/big_code_shop", Assert.Single(result.Codes).Text);
    }

    [Fact]
    public void Finds_light_modules_drawn_on_a_transparent_ground()
    {
        var result = Scanner.Scan(TestImages.LightQrOnTransparentPng("wechat: lucky_777"));

        Assert.Equal("wechat: lucky_777", Assert.Single(result.Codes).Text);
    }

    [Theory]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.Jpeg)]
    public void A_retail_barcode_is_not_a_qr_code(ImageFormat format)
    {
        var result = Scanner.Scan(TestImages.Barcode(format));

        Assert.True(result.IsReadable);
        Assert.Empty(result.Labels);
        Assert.Empty(result.Codes);
        Assert.Equal(ModerationAction.Allow, result.Action);
    }

    [Fact]
    public void A_checkerboard_is_not_a_qr_code()
    {
        var result = Scanner.Scan(TestImages.Checkerboard());

        Assert.True(result.IsReadable);
        Assert.Empty(result.Labels);
    }

    [Theory]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.WebP)]
    [InlineData(ImageFormat.Gif)]
    public void A_truncated_file_is_unreadable_and_blocked(ImageFormat format)
    {
        var whole = TestImages.QrInPhoto("weixin: kefu_1", format);

        var result = Scanner.Scan(whole.AsSpan(0, whole.Length / 2));

        Assert.Equal(ImageRejection.Unreadable, result.Rejection);
        Assert.False(string.IsNullOrEmpty(result.Error));
        Assert.Equal(ModerationAction.Block, result.Action);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, this is text")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'/>")]
    [InlineData("BM\u0036\u0000")]
    public void Anything_but_the_four_image_types_is_refused_by_content(string content)
    {
        var result = Scanner.Scan(System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(ImageRejection.UnsupportedType, result.Rejection);
        Assert.Equal(ModerationAction.Block, result.Action);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_without_decoding()
    {
        var started = Stopwatch.GetTimestamp();

        var png = Scanner.Scan(TestImages.PngClaiming(100_000, 100_000));
        var jpeg = Scanner.Scan(TestImages.JpegClaiming(65_000, 65_000));

        Assert.Equal(ImageRejection.TooLarge, png.Rejection);
        Assert.Equal(ImageRejection.TooLarge, jpeg.Rejection);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5), "refusing by header must not decode");
    }

    [Fact]
    public void An_image_within_the_limits_but_over_the_byte_limit_is_refused()
    {
        var scanner = new QrImageScanner(ModerationPipeline.CreateDefault(), Policy.PolicyProfileCatalog.LoadBuiltIn(),
            new ImageScanOptions { MaxBytes = 100 });

        Assert.Equal(ImageRejection.TooLarge, scanner.Scan(TestImages.CleanQrPng("hello")).Rejection);
    }

    [Fact]
    public void A_scan_out_of_time_is_held_for_review_rather_than_let_through()
    {
        var scanner = QrImageScanner.CreateDefault(new ImageScanOptions { TimeBudget = TimeSpan.Zero });

        var result = scanner.Scan(TestImages.Checkerboard());

        Assert.True(result.IsReadable);
        Assert.True(result.TimedOut);
        Assert.Empty(result.Codes);
        Assert.Equal(ModerationAction.Review, result.Action);
    }

    [Fact]
    public void Scans_in_parallel_without_mixing_results()
    {
        var texts = Enumerable.Range(0, 12).Select(i => $"vx: parallel_{i:D2}").ToArray();
        var images = texts.Select(t => TestImages.CleanQrPng(t, 3)).ToArray();
        var results = new string[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = Scanner.Scan(images[i]).Codes.Single().Text);

        Assert.Equal(texts, results);
    }
}
