using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// How much a learned head has to go on: Chinese characters one each, and runs of other letters or digits one each
/// (<c>hi there</c> is two); 0 without a letter or digit.
/// </summary>
public static class WordCount
{
    public static int Of(string text)
    {
        var words = 0;
        var inRun = false;
        foreach (var c in text)
        {
            if (ChineseWords.IsHan(c)) { words++; inRun = false; }
            else if (char.IsLetterOrDigit(c)) { if (!inRun) words++; inRun = true; }
            else inRun = false;
        }
        return words;
    }
}
