namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>
/// Paints a binary module pattern (a QR code's module matrix, a checkerboard, a finder look-alike) onto a canvas
/// through a rotation and scale, anti-aliased by 4×4 supersampling, as a camera or screenshot would render it.
/// </summary>
internal static class PatternPainter
{
    /// <param name="isDark">Whether module (column, row) is dark; modules outside [0, size) are light.</param>
    /// <param name="size">The pattern is size × size modules.</param>
    /// <param name="centreX">Where the pattern's centre lands on the canvas.</param>
    /// <param name="moduleSize">Pixels per module.</param>
    /// <param name="angle">Rotation in radians.</param>
    /// <param name="margin">Light modules painted around the pattern (a QR quiet zone).</param>
    public static void Paint(GreyCanvas canvas, Func<int, int, bool> isDark, int size, double centreX, double centreY,
        double moduleSize, double angle, float dark, float light, int margin)
    {
        var cos = Math.Cos(angle);
        var sin = Math.Sin(angle);
        var half = (size / 2.0 + margin) * moduleSize;
        var extent = (int)Math.Ceiling(half * Math.Sqrt(2)) + 2;
        const int ss = 4;
        for (var y = Math.Max(0, (int)centreY - extent); y < Math.Min(canvas.Height, (int)centreY + extent); y++)
            for (var x = Math.Max(0, (int)centreX - extent); x < Math.Min(canvas.Width, (int)centreX + extent); x++)
            {
                var inside = 0;
                var darkCount = 0;
                for (var sy = 0; sy < ss; sy++)
                    for (var sx = 0; sx < ss; sx++)
                    {
                        var px = x + (sx + 0.5) / ss - centreX;
                        var py = y + (sy + 0.5) / ss - centreY;
                        // Inverse rotation into pattern space, in modules from the top-left corner.
                        var u = (px * cos + py * sin) / moduleSize + size / 2.0;
                        var v = (-px * sin + py * cos) / moduleSize + size / 2.0;
                        if (u < -margin || v < -margin || u >= size + margin || v >= size + margin) continue;
                        inside++;
                        var col = (int)Math.Floor(u);
                        var row = (int)Math.Floor(v);
                        if (col >= 0 && row >= 0 && col < size && row < size && isDark(col, row)) darkCount++;
                    }
                if (inside == 0) continue;
                var covered = inside / (float)(ss * ss);
                var value = (darkCount * dark + (inside - darkCount) * light) / inside;
                canvas[x, y] = canvas[x, y] * (1 - covered) + value * covered;
            }
    }
}
