using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>A message with no text (an image sent alone) has nothing for the text detectors to find.</summary>
public class EmptyTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    public void No_text_is_allowed_with_no_labels(string text)
    {
        var verdict = LabelAssert.Pipeline.Scan(text);
        Assert.Empty(verdict.Labels);
        Assert.Equal(ModerationAction.Allow, verdict.Action);
    }
}
