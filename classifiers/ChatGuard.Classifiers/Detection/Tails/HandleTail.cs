using System.Buffers;
using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Detection.ContactDiversion;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1: the account name after an IM cue (<c>微信：abc123</c>, <c>WeChat ID is tkshop77</c>,
/// <c>企鹅号 5 6 7 8 2 3 4 1 9</c>, <c>Line ID is @sunnyshop88</c>, <c>LINE 好友搜寻 ID kiki_77</c>), read in the folded view;
/// middle dots may split it as dots do (<c>xiao·mei·888</c>).
/// A handle needs a digit or an underscore or six letters, so ordinary words after a cue
/// (<c>WeChat here</c>, <c>QQ糖</c>) are not handles.
/// </summary>
public sealed partial class HandleTail : ITailPattern
{
    // Bounded repetitions only, and a match timeout: no catastrophic backtracking on adversarial input.
    // C1: Cantonese 係 ("is", folded 系) introduces the handle as 是 does (line id 係 ab_12); so does 私訊/私信 (IG私訊我 @ab.tw).
    // C1: 揾/找 ("find", Cantonese 搵 folded, and Mandarin) introduce the handle as 搜 does (IG 搵 @shop). 好友 too (LINE好友 ID：…); handles split by middle dots (xiao·mei·888).
    // C1: a nickname or login introduces the handle as "name" does (пишите в тг, ник @ lena_opt; 加個賴啦 ID 是 …, 啦 a particle).
    // C1: 聊 and 更快 tell where to write and why (有事微信聊 sunny2643, 退款走🐧更快，sunny0458): the handle follows them.
    // C1: 联系/联络 and "write" tell how to reach the account (飞机联系 @hk_goods88, тг пиши @opt_spb), 比较快 why (IG私訊比較快 帳號@…).
    // C1: a Discord name keeps its four-digit tag (disc: vxnta#4410).
    // C1 (session 28): "sent you" stands between the cue and the account it hands over (企鹅号发你了：⑨⑦⑤⑤③①⓪⓪).
    [GeneratedRegex(@"\G(?:[\s\p{P}\p{S}\p{Cs}]|号码|号|官方账号|官方帐号|账号|帐号|群号|群|好友|是|系|搜索|搜寻|搜|揾|找|私讯|私信|一|下|的|为|叫|在|我|吧|呗|哦|哈|聊|更快|比较快|联系|联络|啦|发给你|发你|给你|了|ник|пишите|пиши|напишите|напиши|логин|hao(?![a-z0-9])|shi(?![a-z0-9])|id(?![a-z0-9])|is(?![a-z0-9])|me(?![a-z0-9])|on(?![a-z0-9])|at(?![a-z0-9])|name(?![a-z0-9])|number(?![a-z0-9])|no(?![a-z0-9])|acc(?:ount)?(?![a-z0-9])|nick(?:name)?(?![a-z0-9])|username(?![a-z0-9])){0,12}?(?<h>[0-9](?:[ \-]?[0-9]){4,14}(?![a-z0-9_])|(?!(?:hao|shi|id|is|me|on|at|name|number|no|acc|account|nick|nickname|username)(?![a-z0-9]))@?[a-z0-9](?:\*{0,2}[a-z0-9_.\-·・]){2,29}(?<![._\-·・])(?:#[0-9]{4}(?![0-9]))?)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex Handle();

    // A handle typed one character at a time (j i a j i a 6 6 8, @ s u n n y s h o p, nini 2 0 2 4): single letters
    // and digits separated by single spaces (the folded view has collapsed longer runs), after at most one short word.
    [GeneratedRegex(@"\G(?:[\s\p{P}\p{S}\p{Cs}]|号码|号|账号|帐号|是|为|叫|我|id(?![a-z0-9])|is(?![a-z0-9])){0,8}?(?<![a-z0-9])(?<h>[a-z0-9_]{1,8}(?: [a-z0-9_]){3,29})(?![a-z0-9])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex SpacedHandle();

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "here", "there", "please", "thanks", "thank", "group", "chat", "today", "tomorrow", "account", "number",
        "faster", "better", "first", "later", "again", "instead", "directly", "reply", "message", "contact",
        // Other apps' names: "alerts from LINE, Telegram and WeChat" lists apps, it gives no account.
        "telegram", "wechat", "whatsapp", "signal", "instagram", "facebook", "messenger", "twitter", "discord", "skype", "viber", "kakaotalk",
        // Shop platforms and the checkout: "PayPal at TikTok Shop checkout" names where one pays, not an account.
        "tiktok", "douyin", "shopee", "amazon", "checkout",
        // C1 precision: "not whatsapp — platform rules" names why the chat stays here, not an account.
        "platform", "platforms",
        // What a shop says of a payment method ("GCash is available at checkout"): a state of the app, not an account.
        "available", "accepted", "supported", "enabled",
        // How a refund by that app behaves ("PayPal is usually instant"): an adverb, not an account.
        "usually", "normally", "instantly", "always", "also", "only", "mostly", "generally",
        // C1 precision: a wallet's name after Swahili "wa" ("of": huduma kwa wateja wa M-Pesa) is the service, not an account.
        "m-pesa", "mpesa",
    };

    private const int MaxReach = 80;

    private static readonly SearchValues<char> NoIntroduction = SearchValues.Create(" ,，、/的在一下吧呗哦哈");

    public Evidence Evidence => Evidence.Structured;

    public string Name => "handle";

    public (int Start, int End)? Match(NormalizedText text, int foldedIndex)
    {
        if (foldedIndex >= text.Folded.Length) return null;
        try
        {
            // The cue's handle is close by: search a bounded slice, so a long message costs nothing extra per cue.
            var reach = Math.Min(MaxReach, text.Folded.Length - foldedIndex);
            var m = Handle().Match(text.Folded.Text, foldedIndex, reach);
            if (!m.Success) return SpacedOrReadOut(text, foldedIndex, reach);
            var g = m.Groups["h"];
            // C1 precision: the cue's sentence ends before the word ("we never sell on Telegram. Anyone offering …"): the
            // next sentence's first word is not the app's account.
            if (EndsSentence(text.Folded.Text.AsSpan(m.Index, g.Index - m.Index))) return null;
            // A domain (v.douyin.com, x.com/shop) is a link: the link detector and the profile's allowlist judge it.
            var end = g.Index + g.Length;
            // An @ makes it an account whatever its dots (@the.sneaker.lab).
            if ((!g.Value.StartsWith('@') && LooksLikeDomain(g.Value)) || (end < text.Folded.Length && text.Folded.Text[end] is '/' or ':')) return null;
            // A word that is no handle may start a spaced handle (nini 2 0 2 4) or a number read aloud (whatsapp: eight five two …,
            // or in compound words: tg: восемь девять один шесть, три два один…).
            if (!IsHandle(g.Value)) return SpacedOrReadOut(text, foldedIndex, reach);
            // C1: "IG search hk.sneakerzz_": a search verb stands between the app and the handle. It would introduce any
            // word ("IG search function"), so only a word with a digit or a mark counts after it.
            if (g.Value == SearchVerb) return MarkedHandleAfter(text, end, foldedIndex + reach - end);
            // A word of letters right after an app's name is more often talk about the app ("Telegram alerts") than an
            // account: it needs something that introduces it (a colon, "id", "is", 号, @).
            // A list separator (LINE, Telegram) introduces nothing, nor does a particle (LINE 的 notification: a feature of the app).
            var introduced = g.Value.StartsWith('@') || m.Value.AsSpan(0, g.Index - m.Index).IndexOfAnyExcept(NoIntroduction) >= 0;
            if (!HasDigitOrMark(g.Value) && IsProgressiveVerb(g.Value)) return null;
            return introduced || HasDigitOrMark(g.Value) ? (g.Index, end) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private const string SearchVerb = "search";

    private static (int Start, int End)? MarkedHandleAfter(NormalizedText text, int from, int reach)
    {
        if (reach <= 0) return null;
        var m = Handle().Match(text.Folded.Text, from, reach);
        if (!m.Success) return null;
        var g = m.Groups["h"];
        var end = g.Index + g.Length;
        if (EndsSentence(text.Folded.Text.AsSpan(m.Index, g.Index - m.Index)) || !IsHandle(g.Value) || !HasDigitOrMark(g.Value.TrimStart('@'))
            || (!g.Value.StartsWith('@') && LooksLikeDomain(g.Value)) || (end < text.Folded.Length && text.Folded.Text[end] is '/' or ':')) return null;
        return (g.Index, end);
    }

    /// <summary>
    /// Only the spaced spelling of an account right after <paramref name="foldedIndex"/>, within the same reach and
    /// timeout as <see cref="Match"/> (<see cref="SpacedHandleTail"/>'s whole reading).
    /// </summary>
    internal static (int Start, int End)? SpacedAfter(NormalizedText text, int foldedIndex)
    {
        if (foldedIndex >= text.Folded.Length) return null;
        try
        {
            return Spaced(text, foldedIndex, Math.Min(MaxReach, text.Folded.Length - foldedIndex));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// What follows a cue when no handle word does: a spaced handle (nini 2 0 2 4), a number spelled digit by digit
    /// (eight five two …) or read out in words (восемь девять один шесть, 공일공 칠삼팔이).
    /// </summary>
    private static (int Start, int End)? SpacedOrReadOut(NormalizedText text, int foldedIndex, int reach) =>
        Spaced(text, foldedIndex, reach) ?? SpelledNumber(text, foldedIndex) ?? SpokenNumber.InWordsAfter(text.Folded.Text, foldedIndex);

    private static (int Start, int End)? Spaced(NormalizedText text, int foldedIndex, int reach)
    {
        var m = SpacedHandle().Match(text.Folded.Text, foldedIndex, reach);
        if (!m.Success) return null;
        var g = m.Groups["h"];
        return IsHandle(g.Value.Replace(" ", "", StringComparison.Ordinal)) ? (g.Index, g.Index + g.Length) : null;
    }

    /// <summary>
    /// An account number spelled in numerals right after the cue (群号：七二八八三一零五六, 扣扣 二八三七…): the folded
    /// view keeps numerals as words, so the number runs read them as digits.
    /// </summary>
    private static (int Start, int End)? SpelledNumber(NormalizedText text, int foldedIndex)
    {
        foreach (var run in text.NumberRuns)
        {
            if (run.Start < foldedIndex) continue;
            if (run.Start - foldedIndex > 6 || run.Digits.Length < 5) return null;
            var gap = text.Folded.Text.AsSpan(foldedIndex, run.Start - foldedIndex);
            foreach (var c in gap)
                if (char.IsLetterOrDigit(c) && SpelledNumberFillers.IndexOf(c) < 0) return null;
            return (run.Start, run.End);
        }
        return null;
    }

    // C1: what stands between a short cue and its number (扣扣聊吧 二八七…, 在vx等你 …, 微信号是 …, 走威信更快，壹壹贰…): particles and
    // verbs, no word of its own.
    private const string SpelledNumberFillers = "号码是为吧呗哦哈呀啊聊的叫在我你等上加搜更快";

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！!\n");

    /// <summary>A full stop (。, ! or a period before a space) or a line break between the cue and the word.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny(SentenceEnds) >= 0 || gap.Contains(". ", StringComparison.Ordinal);

    // C1: only a real top-level domain makes a dotted word a domain; after an app's name "velvet.nite" or "lux.lashes" is the
    // account (snap: velvet.nite), which no link reading would ever see.
    private static bool LooksLikeDomain(string candidate)
    {
        var dot = candidate.LastIndexOf('.');
        if (dot <= 0) return false;
        var tail = candidate.AsSpan(dot + 1);
        return tail.Length is >= 2 and <= 6 && !tail.ContainsAnyExceptInRange('a', 'z') && ContactDiversionDetector.IsTopLevelDomain(tail);
    }

    // C1 precision: "someone on Instagram is selling …", "WhatsApp is ringing": after an app's name and "is", a word of
    // letters ending in -ing is what happens there, not the account's name.
    private static bool IsProgressiveVerb(string candidate) =>
        !candidate.StartsWith('@') && candidate.Length > 4 && candidate.EndsWith("ing", StringComparison.Ordinal);

    private static bool HasDigitOrMark(string candidate) => candidate.AsSpan().IndexOfAny("0123456789_.-") >= 0;

    internal static bool IsHandle(string candidate)
    {
        // A masked handle (z*h*a*o*123) is the handle without its stars.
        var h = candidate.TrimStart('@').Replace("*", "", StringComparison.Ordinal);
        int digits = 0, letters = 0, marks = 0;
        foreach (var c in h)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (char.IsAsciiLetter(c)) letters++;
            else if (c is '_' or '.' or '-') marks++;
        }
        if (letters == 0) return digits >= 5;
        if (h.Length < 4 || Words.Contains(h)) return false;
        return digits > 0 || marks > 0 || letters >= 6 || candidate.StartsWith('@');
    }
}
