using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a buyer passing on what an outsider said of the shop, without quotation marks ("a guy in the comments is calling
/// your shop scammers", "a reviewer on your listing called your staff idiots", 评论区有人说你们是骗子店, 有人在留言區罵你們騙子)
/// reports the insult, it does not make it. The speaker must be someone unnamed outside the chat (someone, a reviewer,
/// 有人, 网友): "they say you're scammers" or 他说你是骗子 may be an insult passed on, and stays one. An agent telling a
/// colleague that a buyer keeps cursing (3号会话买家一直骂nmsl，申请屏蔽) reports it too: a customer as the subject, a verb
/// of repeated cursing, the words right after. So does a buyer telling the shop what its host or agent called the
/// audience (你们主播在直播间说观众是穷鬼，我已经举报了): the listener is not the one named. BLK27: so does a shop owning
/// up to what its own staff called the buyer ("I've flagged the message where our staff member called you an idiot"), and
/// an agent reporting a buyer who kept cursing at the shop (买家在对话里反复骂我们“骗子”). BLK29: or sent it message after
/// message (买家连发了好几条nmsl，我已经截图).
/// </summary>
public static partial class InsultReportedFromThirdParty
{
    /// <summary>How far before the insult word the outsider and their verb may start (characters of the folded text).</summary>
    private const int Window = 60;

    /// <summary>Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is what an outsider was reported saying.</summary>
    public static bool Reports(ReadOnlySpan<char> folded, int start, int end)
    {
        // The match may begin before the verb ("your listing called your staff idiots"): its last word is the one said.
        var lastSpace = folded[start..end].TrimEnd().LastIndexOf(' ');
        var word = lastSpace < 0 ? start : start + lastSpace + 1;
        return OutsiderSaid().IsMatch(folded[Math.Max(0, word - Window)..word]);
    }

    // An unnamed outsider, then a verb of saying in the same sentence, then at most a few words before the insult word.
    [GeneratedRegex("""
        \b(?:someone|somebody|some\s+(?:guy|bloke|fella|fellow|woman|lady|person|people|user|account)|an?\s+(?:guy|bloke|fella|fellow|woman|lady|person|reviewer|commenter|user|customer|buyer|stranger)|people|reviewers|commenters|a\s+(?:review|comment|post))\b
          [^.!?;]{0,50}?\b(?:is\s+|are\s+|was\s+|were\s+|keeps?\s+|kept\s+)?(?:calling|called|calls|call|said|says|saying|wrote|writes|posted|commented|claims|claimed|claiming)\b[^.!?;]{0,30}$
        | (?:有人|有个人|有個人|别人|別人|网友|網友|路人|黑粉|有买家|有買家|有顾客|有顧客)[^。！？!?；;]{0,12}?(?:说|說|骂|罵|話|讲|講|叫|称|稱|留言|评论|評論|刷屏|刷|发|發|喊)(?:了)?[^。！？!?；;，,]{0,8}$
        | (?:买家|買家|顾客|顧客|客户|客戶|客人|用户|用戶)[^。！？!?；;，,]{0,6}?(?:(?:一直|老是|总是|總是|反复|反覆|又|在)(?:骂|罵|刷屏|刷)(?:了)?|(?:连|連)(?:发|發|刷)(?:了)?(?:好几|好幾|几|幾|很多|[0-9一二三四五六七八九十]+)?(?:条|條|句|遍))(?:我们|我們|我|客服)?(?:[“"「『][^”"」』。！？!?]{1,8}[”"」』]、?){0,3}[^。！？!?；;，,]{0,4}$
        | (?:主播|客服|卖家|賣家|店家|老板|老闆|商家|店员|店員|他|她|对方|對方)[^。！？!?；;，,你您妳]{0,10}?(?:说|說|骂|罵|叫|称|稱|喊)(?:了)?(?:观众|觀眾|粉丝|粉絲|买家|買家|顾客|顧客|客人|网友|網友|大家|我们|我們|我们买家|我們買家|他们|他們|她们|她們|别人|別人|人家)(?:都)?(?:是|为|為|成)(?:一群|一帮|一幫|个|個)?$
        | \b(?:our|your|the|one\s+of\s+(?:our|your|the))\s+(?:staff(?:\s+members?)?|agents?|colleagues?|team\s+members?|employees?|reps?|representatives?|assistants?|couriers?|drivers?|riders?)\s+(?:had\s+|has\s+)?called\s+(?:you|me|us)\s+(?:an?\s+)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OutsiderSaid();
}
