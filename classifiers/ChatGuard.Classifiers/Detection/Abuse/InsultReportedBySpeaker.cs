using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a sender telling the other side what somebody called *them* ("上一个客服骂我是猪", "your agent called me an
/// idiot", 客服回我一句 nmsl, 快递员对我说：滚) reports abuse, it does not commit it. Only the first person is excepted:
/// "说你是…" stays an insult. The attribution may follow the words too (sb？别人这么骂我的).
/// </summary>
public static partial class InsultReportedBySpeaker
{
    /// <summary>How far before the term a report frame may start (in characters of the folded text).</summary>
    private const int Window = 32;

    /// <summary>
    /// Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is what a report
    /// frame names: the frame ends where the term starts or inside it (the term may begin before the frame, as "your
    /// colleague said i was stupid" does), and what follows the frame is at most two words with no clause break.
    /// </summary>
    public static bool Reports(ReadOnlySpan<char> folded, int start, int end)
    {
        var from = Math.Max(0, start - Window);
        foreach (var m in ReportFrame().EnumerateMatches(folded[from..end]))
        {
            var frameEnd = from + m.Index + m.Length;
            if ((frameEnd >= start || IsOneModifier(folded[frameEnd..start]) || IsChineseLeadIn(folded[frameEnd..start], folded[start..end])
                    || IsSpeechAfterColon(folded[from..start], frameEnd - from))
                && IsShortTail(folded[frameEnd..end])) return true;
        }
        // 我打了个cnm被禁言了: the word the sender was muted for typing, named as a word in an appeal.
        if (TypedWord().IsMatch(folded[from..start]) && MutedFor().IsMatch(folded[end..])) return true;
        // The words first, who said them to the sender right after ("shabi? 别人这么骂我的", “滚”——这是你们客服的原话).
        var after = folded[end..];
        return AttributedAfter().IsMatch(after[..Math.Min(after.Length, AttributionReach)]);
    }

    /// <summary>How far after the term a trailing attribution may end (characters of the folded text).</summary>
    private const int AttributionReach = 20;

    /// <summary>
    /// One English modifier between the frame and the term ("called me a *stupid* b*tch"): a single word of up to twelve
    /// letters. Chinese has no spaces to bound a word, so a Chinese frame must still reach the term itself.
    /// </summary>
    private static bool IsOneModifier(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim();
        if (word.IsEmpty || word.Length > 12) return false;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c) && c is not ('-' or '\'')) return false;
        }
        return true;
    }

    /// <summary>
    /// A short Chinese lead-in of the words reported (说我是*穷鬼*买不起就别问, 说我们*这些问价的是*白嫖党): up to six
    /// characters in the same clause, the lead-in and the match naming no listener (说我是猪你们这群垃圾: 垃圾 is the sender's own).
    /// </summary>
    private static bool IsChineseLeadIn(ReadOnlySpan<char> gap, ReadOnlySpan<char> match)
    {
        if (gap.IsEmpty || gap.Length > 6 || match.IndexOfAny('你', '您', '妳') >= 0) return false;
        foreach (var c in gap)
        {
            if (c < '\u4e00' || c > '\u9fff' || c is '你' or '您' or '妳') return false;
        }
        return true;
    }

    [GeneratedRegex(@"(?:打|发|發|说|說)(?:了)?(?:个|個|句|一句|一个|一個)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypedWord();

    [GeneratedRegex(@"^\s*(?:就|然后|然後|结果|結果)?被(?:禁言|封|屏蔽|踢|拉黑|删|刪)", RegexOptions.CultureInvariant)]
    private static partial Regex MutedFor();

    /// <summary>
    /// The frame ends in a colon (骂我：你个傻逼): what follows up to the term is the speech reported, the words said to
    /// the sender, so a short lead-in (你个, 你这) within the same clause belongs to it.
    /// </summary>
    private static bool IsSpeechAfterColon(ReadOnlySpan<char> window, int frameEnd)
    {
        var frame = window[..frameEnd].TrimEnd();
        var gap = window[frameEnd..];
        return frame.Length > 0 && frame[^1] is ':' or '：' && gap.Length <= 8 && gap.IndexOfAny(ClauseBreaks.Chars) < 0;
    }

    // The words may open a quotation ("called me a 'stupid woman'"): its mark is no clause break.
    private static bool IsShortTail(ReadOnlySpan<char> tail)
    {
        var spaces = 0;
        foreach (var c in tail.Trim().TrimStart("\"'‘“「『"))
        {
            // A mask inside the word (b*tch, f#ck) is no clause break.
            if (char.IsPunctuation(c) && c is not ('*' or '#' or '@' or '!')) return false;
            if (char.IsWhiteSpace(c) && ++spaces > 1) return false;
        }
        return true;
    }

    // 骂我(是)(个) / 说我是 / 話我 (Cantonese) / 骂我们客服是 / 骂他是 (not 我骂他) / 被客服骂了句 / 叫我 / 称我为 / 回我一句 / 对我说： …; called me (an) / called my son or my colleague a / said i was (a) / told me
    // i'm (a) / keeps telling me to (kys) / someone commented (kys) / Vietnamese chửi tôi là (đồ) ("called me a"): the
    // sender or their family is the target, or a third party's comment is named.
    [GeneratedRegex("""
        (?:骂|罵|说|說|(?<![说說讲講])[话話]|叫|称|稱|喊|讲|講|笑|嘲笑|讽刺|諷刺)(?:了)?我(?:们|們)?(?:的)?(?:客服|同事|店员|店員|员工|員工|主播|粉丝|粉絲|顾客|顧客|老公|老婆|孩子|家人|妈妈|媽媽|爸爸)?(?:了)?(?:一句|一聲|一声|句)?(?:是|为|為|成|作|做)?(?:个|個|一个|一個|一只|一隻|一条|一條)?[\s:：「『“"]*
        | (?:回|怼|懟)(?:了)?我(?:了)?(?:一句|一聲|一声|句)[\s:：]*
        | (?:对|對|跟|冲|衝|朝)我(?:说|說|讲|講|喊|吼|骂|罵)(?:了)?(?:一句|一聲|一声|句)?[\s:：]*
        | (?<!我)(?:骂|罵)(?:了)?(?:他|她)(?:们|們)?(?:是|为|為|成)?(?:个|個)?[\s:：]*
        | 被[^，。！？,!?\s]{0,8}?(?:骂|罵|说|說|叫|称|稱|喊)(?:了|成|作|做)?(?:一句|一聲|一声|句)?(?:是|为|為)?[\s:：]*
        | (?:called|calls|call|calling|named|labeled|labelled)\s+(?:me|(?:my|our)\s+(?:son|daughter|kid|kids|child|wife|husband|mum|mom|mother|dad|father|sister|brother|friend|partner|boyfriend|girlfriend|colleague|colleagues|coworker|co-worker|teammate|team|staff|agents?|assistant|employees?|driver|courier|rider))\s+(?:an?\s+|the\s+)?
        | (?:told|tells|telling|keeps\s+telling|kept\s+telling)\s+me\s+to\s+
        | (?<!\bi\s)(?:commented|posted|spammed|spamming)\s+
        | (?:said|told\s+me|says|saying)\s+(?:that\s+)?i\s*(?:'m|am|was)\s+(?:just\s+)?(?:an?\s+|so\s+)?
        | (?:chửi|chui|mắng|mang|gọi|goi|nói|noi|bảo|bao|kêu|keu)\s+(?:tôi|toi|mình|minh|tui|em|con|bọn\s+tôi|chúng\s+tôi)\s+(?:là\s+|la\s+)?(?:đồ\s+|do\s+|thằng\s+|con\s+)?
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ReportFrame();

    // 别人这么骂我的 / 他就是这样说我的 / 这是你们客服的原话 — a third person, then a verb with the sender as its object.
    [GeneratedRegex("""
        ^[\s\p{P}]{0,4}(?:这是|這是|是)?
        (?:别人|別人|他|她|他们|他們|她们|她們|对方|對方|客服|你们客服|你們客服|你们的客服|你們的客服|快递员|快遞員|骑手|騎手|有人|人家|那个人|那個人){1,2}
        (?:刚才|剛才|刚刚|剛剛|就|都|就是)?
        (?:(?:这么|這麼|这样|這樣|那么|那麼|那样|那樣)?(?:骂|罵|说|說|叫|称呼|稱呼|回)(?:我|的)|的原话|的原話)
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AttributedAfter();
}
