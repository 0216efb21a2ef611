using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection;

/// <summary>C1: links, e-mail addresses, phone numbers and IM handles that move a buyer off the platform.</summary>
public sealed partial class ContactDiversionDetector : IDetector
{
    [GeneratedRegex(@"(?:https?://)?(?<host>(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|me|cc|co|shop|top|xyz|info|link|ly))(?:/[^\s]*)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex Url();

    [GeneratedRegex(@"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex Email();

    // Mainland mobile numbers, optionally with +86 and separators; not inside a longer digit run (order numbers).
    [GeneratedRegex(@"(?<![0-9])(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex MobilePhone();

    [GeneratedRegex(@"(?:微信|weixin|wechat|vx|wx|加v|qq|telegram|whatsapp|line)\s*(?:号|id)?\s*[:：]?\s*(?<handle>[a-z0-9_-]{5,20})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 50)]
    private static partial Regex ImHandle();

    public void Detect(NormalizedText text, PolicyProfile profile, ICollection<Finding> findings)
    {
        var s = text.Text;
        foreach (Match m in Email().Matches(s)) Add(text, m, findings, "email");
        foreach (Match m in Url().Matches(s))
        {
            if (profile.IsAllowedDomain(m.Groups["host"].Value)) continue;
            if (s.AsSpan(0, m.Index).EndsWith("@")) continue;
            Add(text, m, findings, "link");
        }
        foreach (Match m in MobilePhone().Matches(s)) Add(text, m, findings, "phone number");
        foreach (Match m in ImHandle().Matches(s)) Add(text, m, findings, "im handle");
    }

    private static void Add(NormalizedText text, Match m, ICollection<Finding> findings, string detail)
    {
        var (start, length) = text.ToOriginal(m.Index, m.Length);
        findings.Add(new Finding(Labels.ContactDiversion, "C1", start, length, Severity.High, detail));
    }
}
