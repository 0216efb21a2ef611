using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a Chinese insult or curse word that is the name of the goods asked about — 草泥马玩偶 (the alpaca plush the pun
/// is named for), a 屌丝 T恤, a "dumb phone" — is a product, not a word said to anyone: the goods' noun follows the word
/// directly; so is a product line written as one word with it (白痴系列盲盒, the blind-box series of that name). So is a slogan printed on the goods, after "que dice" or "that says" ("la playera que dice 'Pendejo pero feliz'").
/// </summary>
public static partial class InsultWordNamingAProduct
{
    /// <summary>Whether the term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text names the goods after it.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end) =>
        end > start && ((folded[end - 1] >= '\u4e00' && GoodsAfter().IsMatch(folded[end..]))
            || (folded[start..end].EndsWith("dumb") && DumbPhoneAfter().IsMatch(folded[end..]))
            || (char.IsAsciiLetter(folded[end - 1]) && EnglishGoodsAfter().IsMatch(folded[end..]))
            || (folded[end - 1] >= '\u4e00' && DescribedGoodsAfter().IsMatch(folded[end..]))
            || SloganBefore().IsMatch(folded[..start])
            || (QuoteOpenBefore().IsMatch(folded[..start]) && QuotedNameThenGoodsAfter().IsMatch(folded[end..])));

    // Session 25: the word inside a short quoted name that the goods follow ("你是猪吗"那款马克杯, "混蛋小猫"盲盒): the quote
    // opens at most eight characters before it, in the same clause.
    [GeneratedRegex(@"[""“「『‘][^""“”「」『』‘’，。！？,!?]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteOpenBefore();

    // … and closes within eight more, right before the goods' noun or the style (款, 系列) that names them.
    [GeneratedRegex(@"^[^""“”「」『』‘’，。！？,!?]{0,8}[""”」』’]\s*(?:那|这|這)?(?:款|个|個|种|種)?\s*(?:款|系列|盲盒|玩偶|公仔|毛绒|毛絨|抱枕|挂件|掛件|钥匙扣|鑰匙扣|手办|手辦|卫衣|衛衣|t恤|贴纸|貼紙|冰箱贴|表情包|周边|周邊|马克杯|馬克杯|杯子|水杯|手机壳|手機殼|夜灯|夜燈|帽子|袜子|襪子|帆布包|徽章|文具|本子|印花)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedNameThenGoodsAfter();

    [GeneratedRegex(@"^[”""’」』]?(?:\s*(?:玩偶|公仔|毛绒|毛絨|抱枕|挂件|掛件|钥匙扣|鑰匙扣|手办|手辦|卫衣|衛衣|t恤|贴纸|貼紙|冰箱贴|冰箱貼|表情包|周边|周邊)|系列|盲盒|联名|聯名)", RegexOptions.CultureInvariant)]
    private static partial Regex GoodsAfter();

    // HKTW26 (t228): the word describes the goods before their noun (戇居居嘅企鵝公仔, "a silly-looking penguin plush"): the
    // rest of a reduplicated word, 嘅/的, at most four characters (the animal), then the toy's noun.
    [GeneratedRegex(@"^[^\s\p{P}你您妳]{0,2}?(?:嘅|的|既)[^\s\p{P}你您妳]{0,4}?(?:公仔|玩偶|毛绒|毛絨|娃娃|布偶|抱枕|玩具|挂件|掛件|摆件|擺件|钥匙扣|鑰匙扣|匙扣|手办|手辦)", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedGoodsAfter();

    // A "dumb phone" (a calls-and-texts handset sold as such, the 'Dumb Phone' model) is goods, not a word about anyone.
    [GeneratedRegex(@"^[”""’'\s-]*phones?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DumbPhoneAfter();

    // The Muppets Kermit plush, a Grumpy Git mug, the Bad B*tch tumbler in pink, the pig nose fancy dress mask: the word and at most two words of a name, then the goods' noun.
    [GeneratedRegex(@"^(?:\s+(?!(?:the|a|an|is|was|are|you|u|your|ur|my|this|that|and|or)\b)[a-z]+){0,2}?\s+(?:plush|plushie|plushies|soft\s+toy|toy|toys|figure|figures|figurine|doll|dolls|puppet|puppets|dvd|dvds|blu-?ray|box\s+set|boxset|lego|funko|mug|mugs|poster|costume|fancy\s+dress|masks?|onesies?|keyring|tee|t-?shirt|tumblers?|cups?|hoodies?|sweatshirts?|shirts?|stickers?|decals?|candles?|totes?|tote\s+bags?|keychains?|phone\s+cases?|socks|necklaces?|journals?|notebooks?|pillows?|blankets?|wine\s+glass(?:es)?|water\s+bottles?|magnets?|pins?|badges?|prints?|hats?|caps?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGoodsAfter();

    // The words printed on a shirt, mug or sticker, quoted after the verb that says so: the word opens the quoted slogan.
    [GeneratedRegex(@"\b(?:que\s+dice|que\s+diz|that\s+says|which\s+says|that\s+reads|with\s+the\s+(?:words?|text|slogan|print)|con\s+la\s+frase|com\s+a\s+frase)\s*:?\s*[""'“‘«]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SloganBefore();
}
