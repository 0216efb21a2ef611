using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Offers;

/// <summary>
/// C3 (001 §2.5, 004 §2.7): drugs offered as a menu of emoji codes ("reply 🐴 or 💎 for the weekend price"): the horse
/// for heroin beside the crystal or ice for meth, with a deal word. The normalizer has no reading for these emoji, so the
/// term lists cannot name them; the folded text keeps them. One of them alone is a horse-riding or jewellery listing, so
/// a horse and a crystal must both stand with the deal word, and the message is held for a moderator, never blocked.
/// </summary>
public sealed partial class EmojiDrugMenu : IDetector
{
    public const string RuleId = "C3";

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        var folded = text.Text;
        var horse = Horse().Match(folded);
        if (!horse.Success || !Crystal().IsMatch(folded)) return;
        var deal = Deal().Match(folded);
        if (!deal.Success) return;
        var start = Math.Min(horse.Index, deal.Index);
        var end = Math.Max(horse.Index + horse.Length, deal.Index + deal.Length);
        var (originalStart, length) = text.ToOriginal(start, end - start);
        findings.Add(new Finding(Labels.Prohibited, RuleId, originalStart, length, Severity.High, "drug-emoji", Evidence.Term));
    }

    [GeneratedRegex("🐴|🐎", RegexOptions.CultureInvariant)]
    private static partial Regex Horse();

    // 💎 or 🧊 (meth), or ❄ which the normalizer reads as 冰.
    [GeneratedRegex("💎|🧊|冰", RegexOptions.CultureInvariant)]
    private static partial Regex Crystal();

    [GeneratedRegex(@"\b(?:reply|pm|dm|price|prices|weekend|party|menu|gram|grams|\d+(?:\.\d+)?g|stock|ready|delivery|discreet|pickup|drop)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Deal();
}
