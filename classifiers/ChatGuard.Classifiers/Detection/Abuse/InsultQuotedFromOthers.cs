using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a sender quoting words somebody else said (快递员骂了一句“滚蛋”, 同事回我「蠢货」, the agent told me to "learn to
/// read") reports abuse, it does not commit it. The quotation marks and a speech verb right before them are the
/// evidence; the words stay abusive when the sender is the speaker (我说“滚”) or the listener is their target
/// (他们说你“蠢货”: no object but a third person or the sender may stand between the verb and the quote).
/// </summary>
public static partial class InsultQuotedFromOthers
{
    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("“\"'‘「『");

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，。！？；,!?;\n");

    /// <summary>How far before the opening quote the speech verb and its subject may start (characters of the folded text).</summary>
    private const int Window = 20;

    /// <summary>Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is inside a quotation reported from someone else.</summary>
    public static bool Reports(ReadOnlySpan<char> folded, int start, int end)
    {
        // The opening quote: the nearest one before the term, with no clause break between (the quoted words may hold one).
        var before = folded[..start];
        var quote = before.LastIndexOfAny(OpeningQuotes);
        if (quote < 0 || start - quote > 24) return false;
        if (!Closes(folded[end..], folded[quote])) return false;
        var from = Math.Max(0, quote - Window);
        var lead = folded[from..quote];
        var clause = lead.LastIndexOfAny(ClauseBreaks);
        if (clause >= 0) lead = lead[(clause + 1)..];
        foreach (var frame in QuotingFrame().EnumerateMatches(lead))
            return !SenderSpeaks().IsMatch(lead[..frame.Index]);
        return false;
    }

    // The quotation must end after the term (a closing mark of the same kind); an unclosed quote is no quotation.
    private static bool Closes(ReadOnlySpan<char> after, char opening) => opening switch
    {
        '“' => after.IndexOfAny('”', '"') >= 0,
        '‘' => after.IndexOfAny('’', '\'') >= 0,
        '「' => after.IndexOf('」') >= 0,
        '『' => after.IndexOf('』') >= 0,
        _ => after.IndexOf(opening) >= 0,
    };

    // A speech verb (骂/说/回/叫…; said/told/called/wrote…) ending right before the quote, with at most an object
    // that is not the listener and a measure (一句, 了一声, to, that) between.
    [GeneratedRegex("""
        (?:骂|罵|说|說|回|叫|喊|吼|怼|懟|称|稱|讲|講|写|寫|留言|评论|評論|回复|回覆|备注|備註)
        (?:了|着|著|过|過)?
        (?:我|我们|我們|他|她|他们|他們|她们|她們|观众|觀眾|顾客|顧客|买家|買家|客人|别人|別人|人家|大家|粉丝|粉絲)?
        (?:一句|一声|一聲|了一句|句|几句|幾句|道|成|是|为|為|作|做)?
        [\s:：]*$
        | \b(?:said|says|say|saying|told|tells|called|calls|wrote|writes|replied|texted|messaged|yelled|shouted|sent|sends|dmed|dm'd|commented|posted|typed)\b
          (?:\s+(?:me|us|him|her|them|customers?|buyers?|people|everyone|viewers))?
          (?:\s+(?:to|that|was|is|i'm|i\s+was|i\s+am|like|it's|it\s+was|an?))*
          [\s:,]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex QuotingFrame();

    // The sender as the speaker, right before the verb (我说 / 我就骂 / i said); 跟我说 makes the sender the listener.
    [GeneratedRegex("""(?<![跟对對和给給向冲衝朝])我(?:就|也|都|只|想|要|得|再|偏)?$ | \bi\s+(?:just\s+)?$""", RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SenderSpeaks();
}
