using ChatGuard.Classifiers.Images;
using QRCoder;

namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>One generated test image and what it shows.</summary>
internal sealed record TestImage(string Name, byte[] Bytes, string? ExpectedText, int Modules = 0, double PixelsPerModule = 0)
{
    public override string ToString() => Name;
}

/// <summary>
/// Photo-like test images generated from a seed: QR codes of 21 to 41 modules at 2 to 6 pixels per module, rotated,
/// blurred, noisy, in uneven light, saved as JPEG (with its artefacts), PNG, WebP or GIF; and negatives that look
/// like codes to a careless detector: photos, text, checkerboards, finder-pattern look-alikes, EAN-13 barcodes.
/// </summary>
internal static class QrTestSet
{
    private static readonly string[] Handles = ["kefu", "shop", "vip", "mall", "sale", "lucky", "daigou"];
    private static readonly string[] Hosts = ["taobao-deal.cn", "cheap-mall.top", "my-store.shop", "t.me", "wa.me", "pay.example.com"];
    private static readonly string[] Goods = ["保温杯 500ml", "蓝牙耳机 二代", "儿童绘本 全套", "羊毛围巾", "running shoes 42", "phone case"];

    /// <summary>The text a code carries; about two thirds are off-platform contacts (C1), the rest product notes.</summary>
    public static (string Text, bool IsContact) RandomText(Random random)
    {
        var handle = Handles[random.Next(Handles.Length)] + random.Next(100, 99999);
        return random.Next(9) switch
        {
            0 => ($"https://{Hosts[random.Next(Hosts.Length)]}/item/{random.Next(1000, 999999)}", true),
            1 => ($"weixin: {handle}", true),
            2 => ($"加微信 {handle} 领券", true),
            3 => ($"tel:1{random.Next(3, 10)}{random.Next(100000000, 999999999)}", true),
            4 => ($"{handle}@mail{random.Next(10)}.com", true),
            5 => ($"QQ: {random.Next(10000000, 999999999)}", true),
            6 => ($"订单 {random.Next(100000, 999999)} {Goods[random.Next(Goods.Length)]}", false),
            7 => ($"SKU-{random.Next(1000, 9999)}-{Goods[random.Next(Goods.Length)]}", false),
            _ => ($"批次 {random.Next(2020, 2027)}{random.Next(10, 99)} 合格", false),
        };
    }

    /// <param name="size">Every canvas this size; by default each is 480–1280 × 360–960.</param>
    public static IEnumerable<TestImage> Positives(int count, int seed, (int Width, int Height)? size = null)
    {
        var random = new Random(seed);
        var eccs = new[] { QRCodeGenerator.ECCLevel.L, QRCodeGenerator.ECCLevel.M, QRCodeGenerator.ECCLevel.Q, QRCodeGenerator.ECCLevel.H };
        for (var i = 0; i < count; i++)
        {
            var (text, _) = RandomText(random);
            var matrix = new QrMatrix(text, eccs[random.Next(eccs.Length)]);
            var ppm = random.NextDouble() < 0.3 ? 2 + random.NextDouble() * 0.5 : 2 + random.NextDouble() * 4;
            var angle = random.NextDouble() < 0.5 ? (random.NextDouble() - 0.5) * 0.17 : random.NextDouble() * 2 * Math.PI;
            var canvas = Canvas(random, size).PaintPhotoBackground(random);
            var extent = (matrix.Size + 8) * ppm * 1.45 / 2;
            var cx = extent + random.NextDouble() * Math.Max(1, canvas.Width - 2 * extent);
            var cy = extent + random.NextDouble() * Math.Max(1, canvas.Height - 2 * extent);
            var dark = (float)(5 + random.NextDouble() * 80);
            var light = (float)(170 + random.NextDouble() * 80);
            var inverted = random.NextDouble() < 0.05;
            PatternPainter.Paint(canvas, matrix.IsDark, matrix.Size, cx, cy, ppm, angle,
                inverted ? light : dark, inverted ? dark : light, margin: random.Next(3, 5));
            // Uneven light across the code (a shadow or a lamp), then lens blur and sensor noise.
            canvas.AddValueNoise(random, Math.Max(16, (int)(matrix.Size * ppm / 2)), 18).Clamp();
            var blur = random.NextDouble() * Math.Min(0.8, 0.25 * ppm);
            canvas.Blur(blur).AddGaussianNoise(random, random.NextDouble() * 10);
            var (format, quality) = RandomEncoding(random);
            var name = $"qr{i:D3} {matrix.Size}m {ppm:F1}px {angle * 180 / Math.PI:F0}deg blur{blur:F1} {format}{(format == ImageFormat.Jpeg ? quality.ToString() : "")}{(inverted ? " inverted" : "")}";
            yield return new TestImage(name, TestImageEncoder.Encode(canvas, format, quality), text, matrix.Size, ppm);
        }
    }

    /// <param name="size">Every canvas this size; by default each is 480–1280 × 360–960.</param>
    public static IEnumerable<TestImage> Negatives(int count, int seed, (int Width, int Height)? size = null)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var canvas = Canvas(random, size).PaintPhotoBackground(random);
            var kind = (i % 5) switch
            {
                0 => "photo",
                1 => PaintText(canvas, random),
                2 => PaintCheckerboard(canvas, random),
                3 => PaintFinderLookalike(canvas, random),
                _ => PaintBarcode(canvas, random),
            };
            canvas.Blur(random.NextDouble() * 0.8).AddGaussianNoise(random, random.NextDouble() * 8);
            var (format, quality) = RandomEncoding(random);
            yield return new TestImage($"neg{i:D3} {kind} {format}", TestImageEncoder.Encode(canvas, format, quality), null);
        }
    }

    private static GreyCanvas Canvas(Random random, (int Width, int Height)? size)
    {
        // Drawn either way, so a fixed size leaves the rest of the sequence as it would be.
        var width = random.Next(480, 1281);
        var height = random.Next(360, 961);
        return size is { } fixedSize ? new GreyCanvas(fixedSize.Width, fixedSize.Height) : new GreyCanvas(width, height);
    }

    private static (ImageFormat Format, int Quality) RandomEncoding(Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.5) return (ImageFormat.Jpeg, random.Next(50, 96));
        if (roll < 0.75) return (ImageFormat.Png, 0);
        if (roll < 0.9) return (ImageFormat.WebP, random.Next(60, 96));
        return (ImageFormat.Gif, 0);
    }

    /// <summary>Lines of blocky glyphs on a light card, like a screenshot of a chat or a label.</summary>
    private static string PaintText(GreyCanvas canvas, Random random)
    {
        var glyph = random.Next(6, 16);
        var x0 = random.Next(canvas.Width / 4);
        var y0 = random.Next(canvas.Height / 4);
        canvas.FillRect(x0, y0, canvas.Width / 2, canvas.Height / 2, 235);
        for (var y = y0 + glyph; y < y0 + canvas.Height / 2 - glyph; y += glyph * 2)
            for (var x = x0 + glyph; x < x0 + canvas.Width / 2 - glyph; x += glyph + glyph / 4)
            {
                if (random.NextDouble() < 0.15) continue;
                for (var stroke = 0; stroke < 4; stroke++)
                {
                    var vertical = random.Next(2) == 0;
                    var sx = x + random.Next(glyph - 2);
                    var sy = y + random.Next(glyph - 2);
                    canvas.FillRect(sx, sy, vertical ? 2 : random.Next(3, glyph), vertical ? random.Next(3, glyph) : 2, 20);
                }
            }
        return "text";
    }

    private static string PaintCheckerboard(GreyCanvas canvas, Random random)
    {
        var cells = random.Next(6, 30);
        var cell = 2 + random.NextDouble() * 10;
        PatternPainter.Paint(canvas, (c, r) => (c + r) % 2 == 0, cells, canvas.Width / 2.0, canvas.Height / 2.0, cell,
            random.NextDouble() * Math.PI, 20, 230, margin: 2);
        return "checkerboard";
    }

    /// <summary>Three finder patterns where a code's corners would be, around noise instead of data.</summary>
    private static string PaintFinderLookalike(GreyCanvas canvas, Random random)
    {
        var size = 21 + 4 * random.Next(0, 5);
        var noise = new bool[size, size];
        for (var c = 0; c < size; c++)
            for (var r = 0; r < size; r++)
                noise[c, r] = random.Next(2) == 0;
        bool IsDark(int c, int r)
        {
            foreach (var (fc, fr) in new[] { (0, 0), (size - 7, 0), (0, size - 7) })
            {
                var dc = c - fc;
                var dr = r - fr;
                if (dc is >= -1 and <= 7 && dr is >= -1 and <= 7)
                {
                    if (dc is < 0 or > 6 || dr is < 0 or > 6) return false;
                    var ring = Math.Min(Math.Min(dc, 6 - dc), Math.Min(dr, 6 - dr));
                    return ring != 1;
                }
            }
            return noise[c, r];
        }
        PatternPainter.Paint(canvas, IsDark, size, canvas.Width / 2.0, canvas.Height / 2.0, 3 + random.NextDouble() * 4,
            random.NextDouble() * Math.PI, 15, 235, margin: 4);
        return "finder-lookalike";
    }

    private static string PaintBarcode(GreyCanvas canvas, Random random)
    {
        var digits = string.Concat(Enumerable.Range(0, 12).Select(_ => random.Next(10)));
        var moduleWidth = random.Next(2, 4);
        Ean13Painter.Paint(canvas, digits, random.Next(20, Math.Max(21, canvas.Width - 115 * moduleWidth)), random.Next(20, canvas.Height / 2), moduleWidth, random.Next(60, 150));
        return "ean13";
    }
}
