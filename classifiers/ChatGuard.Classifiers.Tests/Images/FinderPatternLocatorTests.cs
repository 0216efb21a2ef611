using ChatGuard.Classifiers.Images;

namespace ChatGuard.Classifiers.Tests.Images;

public class FinderPatternLocatorTests
{
    /// <summary>A code painted on a light canvas and read as dark (255) / light (0), as the scanner's threshold gives it.</summary>
    private static (byte[] Dark, int Width, int Height) Painted(Action<GreyCanvas> paint, int width = 400, int height = 300)
    {
        var canvas = new GreyCanvas(width, height);
        canvas.FillRect(0, 0, width, height, 200);
        paint(canvas);
        return (canvas.ToBytes().Select(p => p < 128 ? (byte)255 : (byte)0).ToArray(), width, height);
    }

    private static bool Covers(CodeRegion region, double x, double y, double halfSide) =>
        region.X <= x - halfSide && region.Y <= y - halfSide && region.X + region.Width >= x + halfSide && region.Y + region.Height >= y + halfSide;

    [Theory]
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.5)]
    [InlineData(4.5, 2.3)]
    public void Proposes_a_region_covering_a_code_at_any_rotation(double pixelsPerModule, double angle)
    {
        var matrix = new QrMatrix("weixin: shop_2046");
        var (dark, width, height) = Painted(c => PatternPainter.Paint(c, matrix.IsDark, matrix.Size, 180, 150, pixelsPerModule, angle, 20, 230, margin: 4));

        var regions = FinderPatternLocator.Locate(dark, width, height, maxRegions: 4);

        var region = Assert.Single(regions);
        Assert.True(Covers(region, 180, 150, matrix.Size * pixelsPerModule * Math.Sqrt(2) / 2), $"{region} misses the code");
        Assert.InRange(region.ModuleSize, pixelsPerModule * 0.7, pixelsPerModule * 1.6);
    }

    [Fact]
    public void Sees_light_modules_on_a_dark_ground()
    {
        var matrix = new QrMatrix("QQ: 20461024");
        var (dark, width, height) = Painted(c =>
        {
            c.FillRect(0, 0, c.Width, c.Height, 20);
            PatternPainter.Paint(c, matrix.IsDark, matrix.Size, 200, 150, 3, 0.2, 230, 20, margin: 4);
        });

        var region = Assert.Single(FinderPatternLocator.Locate(dark, width, height, maxRegions: 4));

        Assert.True(Covers(region, 200, 150, matrix.Size * 3 / 2.0));
    }

    [Fact]
    public void Proposes_one_region_per_code_up_to_the_limit()
    {
        var codes = new[] { new QrMatrix("a1"), new QrMatrix("b2"), new QrMatrix("c3") };
        var (dark, width, height) = Painted(c =>
        {
            for (var i = 0; i < codes.Length; i++)
                PatternPainter.Paint(c, codes[i].IsDark, codes[i].Size, 100 + 200 * i, 120, 3, 0.1 * i, 20, 230, margin: 4);
        }, width: 640, height: 240);

        Assert.Equal(3, FinderPatternLocator.Locate(dark, width, height, maxRegions: 6).Count);
        Assert.Equal(2, FinderPatternLocator.Locate(dark, width, height, maxRegions: 2).Count);
    }

    [Fact]
    public void Proposes_nothing_for_a_checkerboard_or_an_empty_image()
    {
        var (board, width, height) = Painted(c => PatternPainter.Paint(c, (col, row) => (col + row) % 2 == 0, 24, 200, 150, 5, 0.3, 20, 230, margin: 2));

        Assert.Empty(FinderPatternLocator.Locate(board, width, height, maxRegions: 4));
        Assert.Empty(FinderPatternLocator.Locate(new byte[width * height], width, height, maxRegions: 4));
    }

    [Theory]
    [InlineData(2, 2, 6, 2, 2, true)]
    [InlineData(3, 4, 8, 3, 3, true)]
    [InlineData(4, 4, 4, 4, 4, false)]
    [InlineData(2, 2, 14, 2, 2, false)]
    [InlineData(1, 1, 3, 1, 1, false)] // too small to be told from noise
    public void Finder_ratio_is_one_one_three_one_one_within_slack(int a, int b, int c, int d, int e, bool expected)
    {
        Assert.Equal(expected, FinderPatternLocator.IsFinderRatio(a, b, c, d, e, out _));
    }
}
