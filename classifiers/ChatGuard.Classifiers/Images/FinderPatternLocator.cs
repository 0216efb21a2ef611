namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Finds where QR codes may be, cheaply, so the expensive ZBar passes (upscaled views) run on small crops instead of
/// the whole image, and not at all when nothing QR-like is present. Hand-written because the registry has no
/// QR-locating library (no ZXing.Net here, DESIGN.md) and ZBar has no region-of-interest API; it only proposes
/// regions, ZBar still decides what is a code, so a false region costs time, never a false positive.
/// A finder pattern is a dark 3×3-module square inside a light ring inside a dark 7×7 ring: any line through its centre,
/// at any rotation, crosses dark, light, dark, light, dark runs in the ratio 1:1:3:1:1. Rows of the locally thresholded
/// image are scanned for that ratio, each hit is confirmed down its column, hits are merged into patterns, and
/// three patterns forming a code's corners (or two, when blur broke the third) give a region.
/// </summary>
internal static class FinderPatternLocator
{
    /// <summary>A merged finder pattern: the mean centre and module size of the row hits that agree on it.</summary>
    private sealed class Finder(double x, double y, double module, bool lightCentre)
    {
        public double SumX = x, SumY = y, SumModule = module;
        public int Hits = 1;
        public bool LightCentre { get; } = lightCentre;
        public double X => SumX / Hits;
        public double Y => SumY / Hits;
        public double Module => SumModule / Hits;
    }

    /// <summary>Proposed regions, the most strongly supported first, at most <paramref name="maxRegions"/>.</summary>
    /// <param name="dark">
    /// The image thresholded against its local background (non-zero where dark), <paramref name="width"/> ×
    /// <paramref name="height"/> bytes: a local threshold follows shadows and gradients across a photo, where a global one
    /// would lose half a code.
    /// </param>
    public static List<CodeRegion> Locate(ReadOnlySpan<byte> dark, int width, int height, int maxRegions)
    {
        if (dark.Length < width * height) throw new ArgumentException("fewer pixels than the size says", nameof(dark));
        return Group(FindPatterns(dark, width, height), width, height, maxRegions);
    }

    private static List<Finder> FindPatterns(ReadOnlySpan<byte> dark, int width, int height)
    {
        var finders = new List<Finder>();
        Span<int> runs = stackalloc int[5];
        // Every other row: a pattern's centre is 3 modules tall, so even at 2 px per module two or three rows cross it.
        for (var y = 0; y < height; y += 2)
        {
            var row = dark.Slice(y * width, width);
            var filled = 0;
            var x = 0;
            while (x < width)
            {
                // The BCL's vectorised search measures each run, so the per-pixel work is not in this loop.
                var colour = row[x];
                var length = row[x..].IndexOfAnyExcept(colour);
                if (length < 0) length = width - x;
                x += length;
                runs[4] = runs[3];
                runs[3] = runs[2];
                runs[2] = runs[1];
                runs[1] = runs[0];
                runs[0] = length;
                // runs[0] is the run that just ended; runs[2] is the candidate centre, the same colour as runs[0].
                if (++filled < 5 || !IsFinderRatio(runs[4], runs[3], runs[2], runs[1], runs[0], out var module)) continue;
                var centreX = x - runs[0] - runs[1] - runs[2] / 2;
                if (CrossCheckColumn(dark, width, height, centreX, y, colour, module) is not { } centreY) continue;
                Merge(finders, centreX, centreY, module, colour == 0);
            }
        }
        return finders;
    }

    /// <summary>Runs a, b, c, d, e in the ratio 1:1:3:1:1, loosely: blur, noise and JPEG shift edges by a pixel or so.</summary>
    internal static bool IsFinderRatio(int a, int b, int c, int d, int e, out double module)
    {
        var total = a + b + c + d + e;
        module = total / 7.0;
        if (total < 9) return false;
        var slack = module * 0.75;
        // Blur widens dark runs and narrows light ones by the same amount, so the centre is compared with the dark
        // sides, and with all four sides together, rather than with the module size its own width inflates.
        return Math.Abs(a - module) < slack && Math.Abs(b - module) < slack && Math.Abs(d - module) < slack
            && Math.Abs(e - module) < slack && Math.Abs(c - 3 * module) < 1.6 * module
            && c >= 1.5 * Math.Max(a, e) && c <= 1.25 * (a + b + d + e);
    }

    /// <summary>The column through a row hit must show the same ratio at a similar scale; returns the centre's row.</summary>
    private static double? CrossCheckColumn(ReadOnlySpan<byte> dark, int width, int height, int x, int y, byte colour, double module)
    {
        var limit = (int)(module * 6) + 2;
        Span<int> up = stackalloc int[3];
        Span<int> down = stackalloc int[3];
        var top = Walk(dark, width, height, x, y, -1, colour, limit, up);
        var bottom = Walk(dark, width, height, x, y + 1, 1, colour, limit, down);
        if (top < 0 || bottom < 0) return null;
        if (!IsFinderRatio(up[2], up[1], up[0] + down[0], down[1], down[2], out var vertical)) return null;
        if (vertical > module * 2 || vertical < module / 2) return null;
        return y - up[0] + (up[0] + down[0]) / 2.0;
    }

    /// <summary>Measures three runs (centre colour, other, centre colour) from (x, y) in direction step; -1 if cut off.</summary>
    private static int Walk(ReadOnlySpan<byte> dark, int width, int height, int x, int y, int step, byte colour, int limit, Span<int> runs)
    {
        runs.Clear();
        var expected = colour;
        var run = 0;
        for (; y >= 0 && y < height; y += step)
        {
            if (dark[y * width + x] != expected)
            {
                if (++run == 3) return y;
                expected = dark[y * width + x];
            }
            if (++runs[run] > limit) return -1;
        }
        return -1;
    }

    private static void Merge(List<Finder> finders, int x, double y, double module, bool lightCentre)
    {
        // Hits arrive row by row, so the pattern a hit belongs to, if any, was seen in the last few rows: search from the end.
        for (var i = finders.Count - 1; i >= 0; i--)
        {
            var f = finders[i];
            if (f.Y < y - 8 * module - 4) break;
            if (f.LightCentre != lightCentre) continue;
            if (Math.Abs(f.X - x) <= Math.Max(2, f.Module * 1.5) && Math.Abs(f.Y - y) <= Math.Max(2, f.Module * 1.5))
            {
                f.SumX += x;
                f.SumY += y;
                f.SumModule += module;
                f.Hits++;
                return;
            }
        }
        finders.Add(new Finder(x, y, module, lightCentre));
    }

    private static List<CodeRegion> Group(List<Finder> all, int width, int height, int maxRegions)
    {
        // A real pattern is crossed by several rows (its centre is 3 modules tall); single hits are mostly texture.
        var finders = all.Where(f => f.Hits >= 2).OrderByDescending(f => f.Hits).Take(40).ToList();
        var candidates = new List<(Finder[] Finders, double X0, double Y0, double X1, double Y1, double Module)>();
        for (var i = 0; i < finders.Count; i++)
            for (var j = i + 1; j < finders.Count; j++)
                for (var k = j + 1; k < finders.Count; k++)
                {
                    if (!Compatible(finders[i], finders[j], out var dij) || !Compatible(finders[i], finders[k], out var dik)
                        || !Compatible(finders[j], finders[k], out var djk) || !IsCornerTriangle(dij, dik, djk)) continue;
                    var group = new[] { finders[i], finders[j], finders[k] };
                    // The fourth corner lies opposite the right-angle corner; the box of all four holds the code.
                    var corner = dij >= dik && dij >= djk ? finders[k] : dik >= djk ? finders[j] : finders[i];
                    var others = group.Where(f => f != corner).ToArray();
                    var xs = group.Select(f => f.X).Append(others[0].X + others[1].X - corner.X).ToArray();
                    var ys = group.Select(f => f.Y).Append(others[0].Y + others[1].Y - corner.Y).ToArray();
                    candidates.Add((group, xs.Min(), ys.Min(), xs.Max(), ys.Max(), group.Average(f => f.Module)));
                }
        // Two patterns only: a side or the diagonal of a code whose third pattern blur or glare broke; the code lies
        // within one spacing of their midpoint either way. Weaker evidence, so read after every corner triangle.
        var triangles = candidates.Count;
        for (var i = 0; i < finders.Count; i++)
            for (var j = i + 1; j < finders.Count; j++)
            {
                if (!Compatible(finders[i], finders[j], out var d) || d > MaxPairSpacing * (finders[i].Module + finders[j].Module) / 2) continue;
                var mx = (finders[i].X + finders[j].X) / 2;
                var my = (finders[i].Y + finders[j].Y) / 2;
                candidates.Add(([finders[i], finders[j]], mx - d, my - d, mx + d, my + d, (finders[i].Module + finders[j].Module) / 2));
            }

        var regions = new List<CodeRegion>();
        var used = new HashSet<Finder>();
        var ordered = candidates.Take(triangles).OrderByDescending(c => c.Finders.Sum(f => f.Hits))
            .Concat(candidates.Skip(triangles).OrderByDescending(c => c.Finders.Sum(f => f.Hits)));
        foreach (var (group, x0, y0, x1, y1, module) in ordered)
        {
            // A pattern belongs to one code: once a region explains it, groups with it are look-alikes in the data
            // modules or two neighbouring codes pairing up.
            if (group.Any(used.Contains)) continue;
            // Pattern centres sit 3.5 modules inside the code; 4 more for the quiet zone ZBar needs, 2 for rounding.
            var pad = module * 9.5 + 4;
            var left = Math.Max(0, (int)(x0 - pad));
            var top = Math.Max(0, (int)(y0 - pad));
            var right = Math.Min(width, (int)Math.Ceiling(x1 + pad));
            var bottom = Math.Min(height, (int)Math.Ceiling(y1 + pad));
            used.UnionWith(group);
            // A region centred inside one already proposed is the same code seen through other patterns.
            var cx = (left + right) / 2;
            var cy = (top + bottom) / 2;
            if (regions.Exists(r => cx >= r.X && cx < r.X + r.Width && cy >= r.Y && cy < r.Y + r.Height)) continue;
            regions.Add(new CodeRegion(left, top, right - left, bottom - top, module));
            if (regions.Count == maxRegions) break;
        }
        return regions;
    }

    /// <summary>
    /// Pattern centres of one code are 14 modules apart (version 1) and more; past 100 (the diagonal of a version-15
    /// code, 77 modules) a code holds kilobytes, not a contact, and one that big is read by the whole-image pass anyway.
    /// </summary>
    private const double MinSpacing = 12, MaxSpacing = 100;

    /// <summary>A pair's region spans twice their spacing each way; wider pairs would make crops near the whole image.</summary>
    private const double MaxPairSpacing = 50;

    /// <summary>Same polarity, similar module size, and as far apart as two patterns of one code can be.</summary>
    private static bool Compatible(Finder a, Finder b, out double distance)
    {
        distance = Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
        if (a.LightCentre != b.LightCentre) return false;
        var ratio = a.Module / b.Module;
        if (ratio is > 1.6 or < 1 / 1.6) return false;
        var module = (a.Module + b.Module) / 2;
        return distance >= MinSpacing * module && distance <= MaxSpacing * module;
    }

    /// <summary>Two equal sides and a hypotenuse √2 as long, loosely (module estimates on a blurred code are rough).</summary>
    private static bool IsCornerTriangle(double a, double b, double c)
    {
        Span<double> sides = [a, b, c];
        sides.Sort();
        return sides[1] / sides[0] < 1.25 && sides[2] / sides[1] is > 1.2 and < 1.65;
    }
}
