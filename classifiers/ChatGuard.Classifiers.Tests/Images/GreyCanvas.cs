namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>A grey picture in floats (0 black … 255 white) that the tests paint photo-like scenes on.</summary>
internal sealed class GreyCanvas(int width, int height)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public float[] Pixels { get; } = new float[width * height];

    public float this[int x, int y]
    {
        get => Pixels[y * Width + x];
        set => Pixels[y * Width + x] = value;
    }

    /// <summary>A lit scene: a lighting gradient plus smooth blotches of several sizes, like out-of-focus objects.</summary>
    public GreyCanvas PaintPhotoBackground(Random random)
    {
        var baseLevel = 60 + random.NextDouble() * 120;
        var gx = (random.NextDouble() - 0.5) * 120 / Width;
        var gy = (random.NextDouble() - 0.5) * 120 / Height;
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
                this[x, y] = (float)(baseLevel + gx * x + gy * y);
        for (var octave = 0; octave < 3; octave++)
        {
            var cell = Math.Max(8, Math.Min(Width, Height) / (3 << (octave * 2)));
            AddValueNoise(random, cell, 50.0 / (octave + 1));
        }
        for (var i = random.Next(3, 9); i > 0; i--)
        {
            var x0 = random.Next(Width);
            var y0 = random.Next(Height);
            FillEllipse(x0, y0, random.Next(10, Width / 3), random.Next(10, Height / 3), (float)(random.NextDouble() * 255), 0.6f);
        }
        return Clamp();
    }

    /// <summary>Bilinear value noise on a grid of <paramref name="cell"/> pixels.</summary>
    public GreyCanvas AddValueNoise(Random random, int cell, double amplitude)
    {
        var gw = Width / cell + 2;
        var gh = Height / cell + 2;
        var grid = new double[gw * gh];
        for (var i = 0; i < grid.Length; i++) grid[i] = (random.NextDouble() - 0.5) * 2 * amplitude;
        for (var y = 0; y < Height; y++)
        {
            var fy = (double)y / cell;
            var iy = (int)fy;
            var ty = fy - iy;
            for (var x = 0; x < Width; x++)
            {
                var fx = (double)x / cell;
                var ix = (int)fx;
                var tx = fx - ix;
                var top = grid[iy * gw + ix] * (1 - tx) + grid[iy * gw + ix + 1] * tx;
                var bottom = grid[(iy + 1) * gw + ix] * (1 - tx) + grid[(iy + 1) * gw + ix + 1] * tx;
                this[x, y] += (float)(top * (1 - ty) + bottom * ty);
            }
        }
        return this;
    }

    public GreyCanvas FillEllipse(int cx, int cy, int rx, int ry, float value, float opacity)
    {
        for (var y = Math.Max(0, cy - ry); y < Math.Min(Height, cy + ry); y++)
            for (var x = Math.Max(0, cx - rx); x < Math.Min(Width, cx + rx); x++)
            {
                var dx = (double)(x - cx) / rx;
                var dy = (double)(y - cy) / ry;
                if (dx * dx + dy * dy <= 1) this[x, y] = this[x, y] * (1 - opacity) + value * opacity;
            }
        return this;
    }

    public GreyCanvas FillRect(int x0, int y0, int w, int h, float value)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y0 + h); y++)
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x0 + w); x++)
                this[x, y] = value;
        return this;
    }

    /// <summary>Sensor noise: Gaussian with the given standard deviation.</summary>
    public GreyCanvas AddGaussianNoise(Random random, double sigma)
    {
        if (sigma <= 0) return this;
        for (var i = 0; i < Pixels.Length; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            Pixels[i] += (float)(sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return Clamp();
    }

    /// <summary>Defocus: a separable Gaussian blur.</summary>
    public GreyCanvas Blur(double sigma)
    {
        if (sigma <= 0) return this;
        var radius = (int)Math.Ceiling(sigma * 3);
        var kernel = new float[2 * radius + 1];
        var sum = 0f;
        for (var i = -radius; i <= radius; i++) sum += kernel[i + radius] = (float)Math.Exp(-i * i / (2 * sigma * sigma));
        for (var i = 0; i < kernel.Length; i++) kernel[i] /= sum;
        var tmp = new float[Pixels.Length];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var acc = 0f;
                for (var k = -radius; k <= radius; k++) acc += kernel[k + radius] * this[Math.Clamp(x + k, 0, Width - 1), y];
                tmp[y * Width + x] = acc;
            }
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var acc = 0f;
                for (var k = -radius; k <= radius; k++) acc += kernel[k + radius] * tmp[Math.Clamp(y + k, 0, Height - 1) * Width + x];
                Pixels[y * Width + x] = acc;
            }
        return this;
    }

    public GreyCanvas Clamp()
    {
        for (var i = 0; i < Pixels.Length; i++) Pixels[i] = Math.Clamp(Pixels[i], 0, 255);
        return this;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Pixels.Length];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)Math.Clamp(MathF.Round(Pixels[i]), 0, 255);
        return bytes;
    }
}
