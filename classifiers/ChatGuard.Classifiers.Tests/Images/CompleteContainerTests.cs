using ChatGuard.Classifiers.Images;

namespace ChatGuard.Classifiers.Tests.Images;

public class CompleteContainerTests
{
    [Theory]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.WebP)]
    [InlineData(ImageFormat.Gif)]
    public void A_whole_file_reaches_its_end_and_a_cut_one_does_not(ImageFormat format)
    {
        var whole = TestImageEncoder.Encode(new GreyCanvas(64, 64), format);

        Assert.True(CompleteContainer.Holds(whole, format));
        Assert.False(CompleteContainer.Holds(whole.AsSpan(0, whole.Length * 2 / 3), format));
    }

    [Fact]
    public void A_cut_file_is_refused_before_it_is_decoded()
    {
        var whole = TestImages.QrInPhoto("weixin: kefu_1", ImageFormat.Png);

        var result = QrImageScanner.CreateDefault(new ImageScanOptions()).Scan(whole.AsSpan(0, whole.Length - 20));

        Assert.Equal(ImageRejection.Unreadable, result.Rejection);
        Assert.Contains("ends before", result.Error);
    }
}
