using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a sender quoting words somebody else said (快递员骂了一句“滚蛋”, 同事回我「蠢货」, the agent told me to "learn to
/// read", the message "answer me b*tch" was sent 40 times) reports abuse, it does not commit it. The quotation marks and
/// a speech verb or a message right before them are the evidence; the words stay abusive when the sender is the speaker
/// (我说“滚”) or the listener is their target (他们说你“蠢货”: no object but a third person or the sender may stand between
/// the verb and the quote). A quotation that names a thing — the "Bad Bitch Energy" mug, "The Idiot" by Dostoevsky — is a
/// title, not an insult.
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
        // The opening quote: the nearest one before the term's end, the term's last word inside it. A match may begin
        // before the quote ("you know, the courier said 'stupid'" reads from "you"): the quoted words are what it insults.
        var quote = OpeningQuoteBefore(folded, Math.Max(start, end - 1));
        if (quote < 0 || quote < start - 40 || end - quote > 60) return false;
        var closing = Closing(folded[end..], folded[quote]);
        if (closing < 0) return false;
        if (NamesAThing().IsMatch(folded[(end + closing + 1)..])) return true;
        // Words printed or embroidered on the goods (T恤上印的“…”, 背后绣着「…」) are its design.
        if (PrintedOn().IsMatch(folded[Math.Max(0, quote - 8)..quote])) return true;
        var from = Math.Max(0, quote - Window);
        // A comma may stand between the verb and the quote (said, "…"; and I quote, "…").
        var lead = folded[from..quote].TrimEnd(" ,:，：");
        var clause = lead.LastIndexOfAny(ClauseBreaks);
        if (clause >= 0) lead = lead[(clause + 1)..];
        foreach (var frame in QuotingFrame().EnumerateMatches(lead))
            return !SenderSpeaks().IsMatch(lead[..frame.Index]);
        // The sender received the words ("my son got 'you ugly lil rat' from some seller").
        if (ReceivedFrame().IsMatch(lead)) return true;
        // A colleague's words to the listener, quoted in an apology (同事说您“…”是他不对, sorry our driver called you "…"),
        // are owned up to, not said at them again.
        foreach (var frame in ListenerQuotingFrame().EnumerateMatches(lead))
            return !SenderSpeaks().IsMatch(lead[..frame.Index]) && Apology().IsMatch(folded);
        // BLK27: "I'm quoting your agent word for word: '…'" — the sender names whose words they quote, ahead of a colon.
        if (QuotingWhom().IsMatch(folded[Math.Max(0, quote - MessageWindow)..quote])) return true;
        // Words in quotes the message treats as evidence (客服原话：“…”, 用了“…”这种词, 回我一个“…”字是什么意思, screenshot):
        // a complaint shows them, it does not say them.
        if (QuotedAsEvidence().IsMatch(folded)) return true;
        // A message named further back ("a review under your listing calling the packer a …").
        var sentence = folded[Math.Max(0, quote - MessageWindow)..quote];
        var sentenceBreak = sentence.LastIndexOfAny(SentenceBreaks);
        return QuotedMessage().IsMatch(sentenceBreak >= 0 ? sentence[(sentenceBreak + 1)..] : sentence);
    }

    // The last quotation mark before limit that opens a quotation: an apostrophe inside a word (you're, don't) opens none.
    private static int OpeningQuoteBefore(ReadOnlySpan<char> folded, int limit)
    {
        for (var i = folded[..limit].LastIndexOfAny(OpeningQuotes); i >= 0; i = folded[..i].LastIndexOfAny(OpeningQuotes))
        {
            if (!IsApostropheInWord(folded, i)) return i;
        }
        return -1;
    }

    // An apostrophe between two letters (you're, don't) is part of the word, never a quotation mark.
    private static bool IsApostropheInWord(ReadOnlySpan<char> text, int i) =>
        text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]);

    /// <summary>How far before the opening quote a reported message may be named (characters of the folded text).</summary>
    private const int MessageWindow = 60;

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("。！？；.!?;\n");

    // Where the quotation ends after the term (a closing mark of the same kind); -1: an unclosed quote is no quotation.
    private static int Closing(ReadOnlySpan<char> after, char opening) => opening switch
    {
        '“' => after.IndexOfAny('”', '"'),
        '‘' or '\'' => ClosingApostrophe(after),
        '「' => after.IndexOf('」'),
        '『' => after.IndexOf('』'),
        _ => after.IndexOf(opening),
    };

    // A closing single quote is an apostrophe or ’ that ends a word, not one inside it ('you're useless').
    private static int ClosingApostrophe(ReadOnlySpan<char> after)
    {
        for (var i = 0; i < after.Length; i++)
        {
            if (after[i] is '\'' or '’' && !IsApostropheInWord(after, i)) return i;
        }
        return -1;
    }

    // The quotation is a title or an utterance named right after it: a product or a work ("… mug", "… by Dostoevsky"), or
    // the remark itself ("sorry for the 'ok boomer' comment", "that '…' reply was disgraceful").
    [GeneratedRegex("""
        ^\s*(?:[a-z]+\s+)?(?:mugs?|tees?|t-?shirts?|shirts?|hoodies?|jumpers?|cases?|stickers?|cards?|prints?|posters?|signs?|candles?|books?|novels?|songs?|albums?|films?|movies?|games?|caps?|hats?|keyrings?|totes?|socks|banners?|balloons?|cakes?|toppers?|plaques?|pins?|badges?|patch(?:es)?
            |comments?|replies|reply|remarks?|messages?|responses?|answers?|lines?|jokes?|dms?|texts?|emails?|notes?|posts?
            |doormats?|mats?|vinyls?|records?|lps?|plush|plushies|toys?|magnets?|aprons?|tea\s+towels?)\b
        | ^\s*by\s+[a-z]
        | ^\s*的?(?:卫衣|衛衣|t恤|短袖|衣服|帽子|杯子|马克杯|馬克杯|贴纸|貼紙|抱枕|海报|海報|手机壳|手機殼|徽章|钥匙扣|鑰匙扣|包|玩偶|公仔|歌|书|書|电影|電影)
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NamesAThing();

    [GeneratedRegex(@"(?:印|绣|繡|刻|烫|燙)(?:着|著|的|有|了|上)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedOn();

    // The quotation is a message being reported: "the message", "a review calling the model a", "the courier wrote on".
    [GeneratedRegex("""
        \b(?:message|messages|review|reviews|comment|comments|note|text|texts|dm|dms|post|reply|caption|label|sticker|voicemail|email)\b[^"“'‘]{0,40}$
        | \b(?:calling|called|labelled|labeled)\s+(?:[a-z]+\s+){0,3}?(?:an?\s+)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex QuotedMessage();

    // A speech verb (骂/说/回/叫…; said/told/called/wrote…; dijo, chamou de, sagte) ending right before the quote, with at most an object
    // that is not the listener and a measure (一句, 了一声, to, that) between.
    [GeneratedRegex("""
        (?:骂|罵|说|說|回|叫|喊|吼|怼|懟|称|稱|讲|講|写|寫|留言|评论|評論|回复|回覆|备注|備註|刷屏|弹幕|彈幕|私信|发|發)
        (?:了|着|著|过|過)?
        (?:我|我们|我們|人|他|她|他们|他們|她们|她們|观众|觀眾|顾客|顧客|买家|買家|客人|别人|別人|人家|大家|粉丝|粉絲)?
        (?:一句|一声|一聲|了一句|句|几句|幾句|道|成|是|为|為|作|做)?
        [\s:：]*$
        | \b(?:said|says|say|saying|told|tells|tell|called|calls|call|wrote|writes|write|writing|replied|replying|answered|responded|texted|texting|messaged|messaging|yelled|shouted|sent|sends|sending|dmed|dm'd|commented|commenting|posted|posting|typed|typing|sabi|sinabi|kata|cakap)\b
          (?:\s+(?:me|us|him|her|them|customers?|buyers?|people|everyone|viewers|our\s+team|our\s+staff|you(?=\s+to\b)|my\s+(?:mum|mom|mother|dad|father|wife|husband|son|daughter|kids?|friend|sister|brother|partner)))?
          (?:\s+(?:to|that|was|is|i'm|i\s+was|i\s+am|like|things\s+like|stuff\s+like|words\s+like|something\s+like|it's|it\s+was|an?))*
          [\s:,]*$
        | \bi\s+quote[\s:,]*$
        | \b(?:dijo|dijeron|llam[oó]|gritó|grito|escribi[oó]|disse|chamou|xingou|falou|escreveu|sagte|nannte|schrieb|dit|trait[eé])\b(?:\s+(?:de|que|mich))?[\s:,]*$
        | \b(?:sinabihan|tinawag|tinawagan)\s+(?:ako|akong|kami|kaming|niya\s+ako|niya\s+akong)\b(?:\s+na)?[\s:,]*$
        | \b(?:ngatain|ngatai|ngatain|dikatain|dikatai|dibilang|dibilangin|bilang|nyebut|menyebut|manggil|memanggil|dipanggil|komen|komentar|ngomong|nulis|menulis)(?:\s+(?:saya|aku|gue|gw|kami|kita))?[\s:,]*$
        | \bne\s+(?:mujhe|mujhko|humein|hume|hamein|hamko|mere\s+ko)[\s:,]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex QuotingFrame();

    // The words as something the sender or their family received: got, received, kept getting (from someone).
    [GeneratedRegex(@"\b(?:got|get|gets|getting|received|receive|receiving)(?:\s+(?:this|these|messages?|dms?|texts?|comments?|a\s+(?:message|dm|text|comment|reply)))?(?:\s+(?:saying|like))?[\s:,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReceivedFrame();

    // A speech verb with the listener as its object, right before the quote (说您 / 骂了你一句 / called you / told you).
    [GeneratedRegex("""
        (?:骂|罵|说|說|叫|称|稱|回|喊|吼|怼|懟)(?:了)?(?:你|您)(?:一句|一声|一聲|是|为|為|成)?[\s:：]*$
        | \b(?:called|told|said\s+to|texted|messaged)\s+you(?:\s+(?:an?|that|to))?[\s:,]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ListenerQuotingFrame();

    // The message holds quoted words up as evidence: whose words they were, the word as a word, the complaint they start
    // (BLK29: 买家骂我们“猪”和“废物”，麻烦平台核实一下 — the platform asked to check them).
    [GeneratedRegex(@"原话|原話|这种词|這種詞|这种话|這種話|这个词|這個詞|用词|用詞|字是什么意思|字是什麼意思|是什么意思|是什麼意思|截图|截圖|录屏|錄屏|投诉|投訴|举报|舉報|检举|檢舉|核实|核實|辱骂|辱罵|脏话|髒話|不文明|敏感词|敏感詞|提交给平台|\bscreenshots?\b|\breported\b|\bcomplaint\b|\b(?:insults?|words?|language|swear\s*words?|terms?|phrases?|slurs?)\s+(?:like|such\s+as)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAsEvidence();

    // quoting / to quote + a third party (your agent, the driver), optionally "word for word" / "verbatim", then the colon.
    [GeneratedRegex(@"\b(?:quoting|to\s+quote|i\s+quote)\s+(?:your|the|our|my|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:agent|staff|colleague|rep|representative|assistant|seller|driver|courier|manager|support|team|employee|member)(?:'s\s+(?:words|message|reply))?(?:\s+(?:word\s+for\s+word|verbatim|exactly|directly))?\s*[:：]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotingWhom();

    // The sender apologises for the words (对不起 / 是他不对 / sorry / we apologise).
    [GeneratedRegex(@"对不起|對不起|抱歉|不好意思|道歉|是(?:他|她|我们|我們)不对|是(?:他|她|我们|我們)不對|\bsorry\b|\bapologi[sz]e|\bapolog(?:y|ies)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Apology();

    // The sender as the speaker, right before the verb (我说 / 我就骂 / i said); 跟我说, 私信我说, 告诉我说 make the sender the listener.
    [GeneratedRegex("""(?<![跟对對和给給向冲衝朝信诉訴醒问問])我(?:就|也|都|只|想|要|得|再|偏)?$ | \bi\s+(?:just\s+)?$""", RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SenderSpeaks();
}
