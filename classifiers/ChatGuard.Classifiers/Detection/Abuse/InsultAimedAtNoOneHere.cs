using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: an insult word said of no one in the chat — the sender about themself (我真的是白痴，下错颜色了; "I'm such an
/// idiot"), about their pet (我家的猫很白痴), or an anti-fraud notice about whoever poses as the platform ("anyone
/// claiming to be official support is a scammer", 冒充客服的都是骗子). Independent writers put all three among the
/// look-alikes; each was blocked as an insult.
/// </summary>
public static partial class InsultAimedAtNoOneHere
{
    /// <summary>How far before the term the subject may start (characters of the folded text).</summary>
    private const int Window = 90;

    /// <summary>Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is said of the sender, a pet or a hypothetical scammer.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end)
    {
        var before = folded[Math.Max(0, start - Window)..start];
        if (SelfOrPet().IsMatch(before)) return true;
        // 我/本 opening the clause right before a word that names no listener (我猪脑子 忘了用券, 本屌丝买不起); 我操你妈,
        // 我cnm and 我草泥马 aim at the listener (你, its initial n, its homophone 泥) and stay abuse.
        if (BareSelf().IsMatch(before) && folded[start..end].IndexOfAny(ListenerMarks) < 0) return true;
        // The match may hold more than the insult word ("what a numpty", "fucking app", "your app is so stupid"): its last
        // word is the one judged.
        var lastWord = folded[start..end].TrimEnd().LastIndexOf(' ');
        var wordStart = lastWord < 0 ? start : start + lastWord + 1;
        // "what an eejit i am", "total numpty moment": the sender names their own slip after the word.
        if (SelfSlip().IsMatch(folded[end..]) || (SelfAfter().IsMatch(folded[end..]) && WhatA().IsMatch(folded[Math.Max(0, wordStart - Window)..wordStart]))) return true;
        // Swearing at a thing, not a person: "the f***ing app keeps crashing", "the bastard of a thing", "my printer's a
        // piece of shit".
        if ((CurseWord().IsMatch(folded[start..end]) && ThingAfter().IsMatch(folded[end..])) || OfAThing().IsMatch(folded[end..])
            || ThingBefore().IsMatch(folded[Math.Max(0, wordStart - Window)..wordStart]) || CursedThing().IsMatch(folded[start..end])) return true;
        // The scam word may sit inside a longer match ("your dms is a scammer"): the impostor frame ends right before it.
        var scamWord = folded[start..end].IndexOfAny(ScamWords);
        return scamWord >= 0 && WhoeverPoses().IsMatch(folded[Math.Max(0, start - Window)..(start + scamWord)]);
    }

    private static readonly SearchValues<string> ScamWords = SearchValues.Create(["骗", "scam", "fraud"], StringComparison.Ordinal);

    // 我(自己)(真的/简直…)是/太/很/係(个) / 我家的猫很… right before the term — a copula or degree word, so a bare 我 before a
    // threat (我每天来骂你) or a demand (快回我 sb) is not self-talk; "i'm (such) an", "i was so".
    [GeneratedRegex("""
        (?:^|[^你您他她它们們])(?:我自己|我|(?:我家的?|家里的?|家裡的?)?(?:猫咪|猫猫|猫|狗狗|狗子|狗|主子))(?:真的|真|就|简直|也|都|实在|實在|太|好|有点|有點|超|很|是不是)*(?:是|係|系|像|太|好|很|真|超|有点|有點)(?:个|個|一个|一個|一只|一隻|只)?\s*$
        | \bi\s*(?:'m|m|am|was|feel|felt)\s+(?:such\s+|so\s+|really\s+|just\s+|being\s+|like\s+|an?\s+total\s+|total\s+|complete\s+|an?\s+absolute\s+)*(?:an?\s+|like\s+an?\s+)?$
        | \bi\s+(?:really\s+)?(?:need|needa|should|gotta|have)\s+(?:to\s+)?$
        | \bmy\s+(?:cat|dog|puppy|kitten)\s+(?:is|was)\s+(?:such\s+|so\s+|a\s+)*$
        | \bmy\s+(?:own\s+)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SelfOrPet();

    [GeneratedRegex(@"(?:^|[，。！？；,.!?;\s])(?:我|本)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareSelf();

    private static readonly SearchValues<char> ListenerMarks = SearchValues.Create("你您妳泥尼nN");

    [GeneratedRegex(@"^\s*(?:i\s+(?:am|was)\b|i'm\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfAfter();

    [GeneratedRegex(@"\bwhat\s+(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WhatA();

    [GeneratedRegex(@"^\s*moment\b", RegexOptions.CultureInvariant)]
    private static partial Regex SelfSlip();

    // The words that swear at whatever they stand before, a thing as readily as a person.
    private const string Curses = @"f\w*ing|fkn|fckn|fking|fcking|freaking|frigging|bloody|damn|damned|goddamn|shitty|crappy|stupid|dumb";

    [GeneratedRegex(@"^(?:" + Curses + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex CurseWord();

    [GeneratedRegex(@"\b(?:" + Curses + @")\s+(?:" + Things + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex CursedThing();

    [GeneratedRegex(@"^\s+of\s+an?\s+(?:thing|job|day|box|lid|jar|screw|bolt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfAThing();

    // Things people swear at: the app and the site, the courier and the parcel, the gadget and its parts, the weather.
    private const string Things = @"app|apps|website|site|courier|couriers|delivery|parcel|package|box|printer|phone|laptop|zip|zipper|strap|thing|things|lid|charger|cable|system|page|button|weather|traffic|rain|bus|train|machine|tracking|update|wifi|internet|queue|form|code|screen|battery|login|checkout|payment\s+page|sizing|size\s+chart";

    [GeneratedRegex(@"^\s+(?:" + Things + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThingAfter();

    [GeneratedRegex(@"\b(?:the|this|that|my|your|ur|our|their)\s+(?:stupid\s+|damn\s+|bloody\s+)?(?:" + Things + @")(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:so\s+|such\s+|a\s+|an\s+|total\s+|absolute\s+|complete\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ThingBefore();

    // "anyone/whoever claiming … is a", 冒充/自称…的都是: the notice's hypothetical impostor.
    [GeneratedRegex("""
        \b(?:anyone|anybody|whoever|those)\b[^.!?。！？]{0,120}\b(?:is|are)\s+(?:an?\s+|just\s+an?\s+)?$
        | (?:冒充|自称|自稱|假冒|假扮)[^。！？!?]{0,30}(?:的|者)(?:人)?(?:都|均|全|一律)?(?:是)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WhoeverPoses();
}
