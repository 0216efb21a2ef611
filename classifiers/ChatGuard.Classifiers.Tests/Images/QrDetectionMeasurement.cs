using System.Diagnostics;
using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Policy;
using Xunit.Abstractions;

namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>
/// Recall, decoded-text accuracy, false positives and time per image on a generated set (issue #5's targets:
/// recall ≥ 0.95 on codes of ≥ 21×21 modules at ≥ 2 px per module, no false positives). The figures are printed:
/// <c>dotnet test classifiers/ChatGuard.Classifiers.Tests --filter QrDetectionMeasurement --logger "console;verbosity=detailed"</c>.
/// </summary>
public class QrDetectionMeasurement(ITestOutputHelper output)
{
    private const int PositiveCount = 100;
    private const int NegativeCount = 50;

    [Fact]
    public void Finds_codes_in_photo_like_images_without_false_positives()
    {
        // No time budget: under a loaded machine the budget would turn slow scans into misses and hide recall.
        var scanner = QrImageScanner.CreateDefault(new ImageScanOptions { TimeBudget = TimeSpan.FromMinutes(1) });
        var policy = PolicyProfileCatalog.LoadBuiltIn().Get(null);
        var times = new List<double>();
        var cpuTimes = new List<double>();
        var perMegapixel = new List<double>();
        var byPass = new Dictionary<string, int>();
        int found = 0, exact = 0;
        var misses = new List<string>();
        foreach (var image in QrTestSet.Positives(PositiveCount, seed: 5))
        {
            var (result, foundBy, ms, cpuMs) = Timed(scanner, image, policy);
            Assert.True(result.IsReadable, $"{image}: {result.Error}");
            times.Add(ms);
            cpuTimes.Add(cpuMs);
            perMegapixel.Add(ms / (result.Width * (double)result.Height / 1e6));
            if (result.Codes.Count == 0) { misses.Add(image.Name); continue; }
            found++;
            byPass[foundBy!] = byPass.GetValueOrDefault(foundBy!) + 1;
            if (result.Codes.Any(c => c.Text == image.ExpectedText)) exact++;
            else output.WriteLine($"wrong text {image}: '{result.Codes[0].Text}' expected '{image.ExpectedText}'");
        }
        var falsePositives = new List<string>();
        foreach (var image in QrTestSet.Negatives(NegativeCount, seed: 6))
        {
            var (result, _, ms, cpuMs) = Timed(scanner, image, policy);
            Assert.True(result.IsReadable, $"{image}: {result.Error}");
            times.Add(ms);
            cpuTimes.Add(cpuMs);
            perMegapixel.Add(ms / (result.Width * (double)result.Height / 1e6));
            if (result.Labels.Count > 0) falsePositives.Add($"{image} -> {string.Join(" | ", result.Codes.Select(c => c.Text))}");
        }

        var recall = found / (double)PositiveCount;
        var accuracy = found == 0 ? 0 : exact / (double)found;
        output.WriteLine($"positives: {PositiveCount} (21-41 modules, 2-6 px/module), negatives: {NegativeCount}");
        output.WriteLine($"recall: {recall:F3} ({found}/{PositiveCount})  decoded-text accuracy: {accuracy:F3} ({exact}/{found})  false positives: {falsePositives.Count}/{NegativeCount}");
        output.WriteLine($"found by pass: {string.Join(", ", byPass.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}");
        output.WriteLine($"wall ms per image: median {Percentile(times, 0.5):F1}, p99 {Percentile(times, 0.99):F1}, max {times.Max():F1}");
        output.WriteLine($"CPU ms per image (the process's, so a loaded machine shows less): median {Percentile(cpuTimes, 0.5):F1}, p99 {Percentile(cpuTimes, 0.99):F1}");
        output.WriteLine($"wall ms per megapixel: median {Percentile(perMegapixel, 0.5):F1}, p99 {Percentile(perMegapixel, 0.99):F1}");
        foreach (var miss in misses) output.WriteLine($"missed: {miss}");
        foreach (var fp in falsePositives) output.WriteLine($"false positive: {fp}");

        Assert.Empty(falsePositives);
        Assert.True(recall >= 0.95, $"recall {recall:F3} below 0.95");
        Assert.True(accuracy >= 0.99, $"decoded-text accuracy {accuracy:F3} below 0.99");
    }

    private static (ImageScanResult Result, string? FoundBy, double Ms, double CpuMs) Timed(QrImageScanner scanner, TestImage image, PolicyProfile policy)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var (result, foundBy) = scanner.Scan(image.Bytes, policy, CancellationToken.None);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        process.Refresh();
        return (result, foundBy, ms, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
