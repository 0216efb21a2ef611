using System.Diagnostics;

namespace ChatGuard.Classifiers.Tests;

/// <summary>Hostile input must scan in bounded time: the pipeline runs inline on every chat message.</summary>
public class AdversarialInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "10k combining marks", "a" + string.Concat(Enumerable.Repeat("\u0301\u0308", 5_000)) + " 加我微信 abc123" },
        { "long digit run", new string('1', 20_000) },
        { "spaced digits", string.Join(" ", Enumerable.Repeat("1", 10_000)) },
        { "20k mixed", string.Concat(Enumerable.Repeat("加微信a.b@c 点 com 13800138000 ", 700)) },
        { "dots and labels", string.Concat(Enumerable.Repeat("a.", 10_000)) },
        { "at signs", string.Concat(Enumerable.Repeat("a@", 10_000)) },
        { "zero width", string.Concat(Enumerable.Repeat("微\u200B", 10_000)) },
        { "cue words", string.Concat(Enumerable.Repeat("微信 ", 5_000)) },
        { "surrogates", string.Concat(Enumerable.Repeat("😀𠀀", 5_000)) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Scans_hostile_input_quickly(string name, string text)
    {
        LabelAssert.Pipeline.Scan("warm up 加我微信 abc123");
        var clock = Stopwatch.StartNew();
        var verdict = LabelAssert.Pipeline.Scan(text);
        clock.Stop();
        // Generous: catastrophic backtracking takes minutes, and CI machines are shared.
        Assert.True(clock.ElapsedMilliseconds < 10_000, $"{name}: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(text.Length, verdict.Masked.Length);
    }
}
