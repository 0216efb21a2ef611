using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>Issue 18, item 1: browsers play every frame of an animation, so every frame is scanned (C1) or the file refused.</summary>
public class AnimatedImageTests
{
    private static readonly QrImageScanner Scanner = QrImageScanner.CreateDefault(new ImageScanOptions { TimeBudget = TimeSpan.FromMinutes(1) });

    [Theory]
    [InlineData(ImageFormat.Gif)]
    [InlineData(ImageFormat.WebP)]
    public void A_code_on_a_later_frame_is_found(ImageFormat format)
    {
        var result = Scanner.Scan(TestImages.AnimationWithCodeOnFrame("加微信 lily7788", format, frames: 3, codeFrame: 1));

        Assert.True(result.IsReadable, result.Error);
        Assert.Equal(3, result.Frames);
        Assert.Equal((240, 240), (result.Width, result.Height));
        Assert.Equal("加微信 lily7788", Assert.Single(result.Codes).Text);
        Assert.Equal([Labels.QrCode, Labels.ContactDiversion], result.Labels);
        Assert.Equal(ModerationAction.Block, result.Action);
    }

    [Fact]
    public void A_code_on_the_last_of_many_frames_is_found()
    {
        var result = Scanner.Scan(TestImages.AnimationWithCodeOnFrame("weixin: kefu_2046", ImageFormat.Gif, frames: 12, codeFrame: 11));

        Assert.Equal(12, result.Frames);
        Assert.Equal("weixin: kefu_2046", Assert.Single(result.Codes).Text);
    }

    [Fact]
    public void An_animation_without_a_code_is_allowed()
    {
        var result = Scanner.Scan(TestImages.AnimationWithCodeOnFrame("unused", ImageFormat.Gif, frames: 3, codeFrame: -1));

        Assert.Equal(3, result.Frames);
        Assert.Empty(result.Codes);
        Assert.Equal(ModerationAction.Allow, result.Action);
    }

    [Fact]
    public void More_frames_than_the_limit_are_refused_before_decoding()
    {
        var scanner = QrImageScanner.CreateDefault(new ImageScanOptions { MaxFrames = 4 });

        var result = scanner.Scan(TestImages.AnimationWithCodeOnFrame("x", ImageFormat.Gif, frames: 5, codeFrame: -1));

        Assert.Equal(ImageRejection.TooLarge, result.Rejection);
        Assert.Equal(ModerationAction.Block, result.Action);
    }

    [Fact]
    public void Frames_whose_pixels_together_exceed_the_limit_are_refused()
    {
        var scanner = QrImageScanner.CreateDefault(new ImageScanOptions { MaxAnimationPixels = 240 * 240 * 2 });

        Assert.Equal(ImageRejection.TooLarge, scanner.Scan(TestImages.AnimationWithCodeOnFrame("x", ImageFormat.Gif, frames: 3, codeFrame: -1)).Rejection);
        Assert.True(scanner.Scan(TestImages.AnimationWithCodeOnFrame("x", ImageFormat.Gif, frames: 2, codeFrame: -1)).IsReadable);
    }

    [Fact]
    public void Frames_left_unscanned_when_the_budget_runs_out_hold_the_image_for_review()
    {
        var scanner = QrImageScanner.CreateDefault(new ImageScanOptions { TimeBudget = TimeSpan.Zero });

        var result = scanner.Scan(TestImages.AnimationWithCodeOnFrame("加微信 lily7788", ImageFormat.Gif));

        Assert.True(result.TimedOut);
        Assert.Equal(ModerationAction.Review, result.Action);
    }

    [Fact]
    public void An_animated_png_is_refused_and_its_still_twin_is_not()
    {
        var still = TestImages.CleanQrPng("SKU-2936");

        var animated = Scanner.Scan(TestImages.AnimatedPng(still));

        Assert.Equal(ImageRejection.UnsupportedType, animated.Rejection);
        Assert.Equal(ModerationAction.Block, animated.Action);
        Assert.True(Scanner.Scan(still).IsReadable);
    }
}
