using System.Buffers;
using System.Collections.Frozen;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Weak cues of the normalized text for the learned heads (issue 16 item 4: features from the rule evidence): an IM-app
/// name, a payment channel, a transfer verb, a money amount, a long digit run, an official/platform word, authenticity
/// talk, a drug or weapon word, an absolute term, a review word, a reward, a negation, a warning, a question, a request,
/// a contact verb, a coarse word. None flags on its own (a buyer asks 是正品吗, a shop warns 不要私下转账); as features,
/// one per cue and one per pair of cues, a head can learn "payment channel + transfer verb + amount" across phrasings
/// instead of one family's n-grams. The lists are fixed here, not read from the operator's lexicons: a term-list
/// override must not change the features under a trained model (<see cref="TextFeatures.Version"/>).
/// </summary>
public static class WeakCues
{
    public const int ImApp = 0;
    public const int PaymentChannel = 1;
    public const int TransferVerb = 2;
    public const int Amount = 3;
    public const int DigitRun = 4;
    public const int Official = 5;
    public const int Authenticity = 6;
    public const int DrugOrWeapon = 7;
    public const int Absolute = 8;
    public const int Review = 9;
    public const int Reward = 10;
    public const int Negation = 11;
    public const int Warning = 12;
    public const int Question = 13;
    public const int Request = 14;
    public const int ContactVerb = 15;
    public const int Coarse = 16;

    /// <summary>How many cues there are (bits of <see cref="Find"/>'s result).</summary>
    public const int Count = 17;

    /// <summary>Shortest digit run read as an account or phone number rather than a price or a quantity.</summary>
    private const int DigitRunLength = 6;

    private static readonly (int Cue, string[] Terms)[] Lists =
    [
        (ImApp, ["微信", "威信", "薇信", "vx", "wx", "weixin", "wechat", "qq", "扣扣", "whatsapp", "telegram", "tg", "电报", "飞机号", "钉钉", "line", "signal", "skype", "instagram", "ins"]),
        (PaymentChannel, ["支付宝", "银行卡", "收款码", "二维码", "付款码", "红包", "网银", "对公账户", "账户", "alipay", "paypal", "venmo", "zelle", "cash app", "cashapp", "bank", "usdt", "bitcoin", "crypto", "gift card"]),
        (TransferVerb, ["转账", "转给", "转钱", "打款", "打钱", "汇款", "付款", "支付", "扫码", "收款", "直接付", "transfer", "wire", "send money", "pay", "payment", "deposit"]),
        (Official, ["官方", "平台", "系统", "工作人员", "客服中心", "安全中心", "风控", "冻结", "封号", "认证", "official", "platform", "support team", "security team", "verification", "suspended", "account"]),
        (Authenticity, ["正品", "正版", "高仿", "仿", "原单", "复刻", "a货", "尾单", "假货", "假的", "专柜", "原厂", "大牌", "同款", "授权", "genuine", "authentic", "original", "replica", "fake", "counterfeit", "knockoff", "dupe", "brand"]),
        (DrugOrWeapon, ["药", "枪", "子弹", "弹药", "香烟", "电子烟", "烟弹", "管制", "处方", "大麻", "迷药", "迷幻", "催情", "成人用品", "刀具", "gun", "knife", "weed", "vape", "pill", "drug", "ammo", "cbd"]),
        (Absolute, ["最", "第一", "顶级", "百分百", "100%", "绝对", "保证", "永久", "万能", "根治", "特效", "国家级", "无副作用", "零风险", "best", "guarantee", "cure", "miracle", "number one", "100 %", "perfect", "risk free", "forever"]),
        (Review, ["好评", "五星", "5星", "评价", "晒图", "追评", "差评", "评论", "打分", "review", "rating", "stars", "5 star", "five star", "feedback"]),
        (Reward, ["返现", "返还", "返", "奖励", "赠送", "送", "补偿", "优惠券", "免单", "cashback", "cash back", "refund", "reward", "gift", "bonus", "free", "rebate", "coupon"]),
        (Negation, ["不", "别", "勿", "没", "无", "非", "don't", "dont", "do not", "not", "never", "no", "won't", "can't"]),
        (Warning, ["谨防", "提醒", "骗", "诈", "举报", "警惕", "小心", "注意", "违规", "违法", "beware", "scam", "fraud", "warning", "report", "careful"]),
        (Question, ["吗", "呢", "么", "?", "是否", "能不能", "可不可以", "有没有", "多少", "怎么", "什么", "哪", "how", "what", "can i", "is it", "do you", "does", "why"]),
        (Request, ["请", "帮", "麻烦", "给我", "记得", "一定要", "务必", "please", "pls", "remember", "make sure", "kindly"]),
        (ContactVerb, ["加", "联系", "私聊", "私信", "私下", "线下", "站外", "找我", "搜", "add", "contact", "message me", "dm", "text me", "call me", "reach", "directly", "off platform", "outside"]),
        (Coarse, ["垃圾", "傻", "死", "滚", "废物", "狗", "妈", "蠢", "屁", "trash", "stupid", "idiot", "fuck", "shit", "damn", "dumb", "hell"]),
    ];

    /// <summary>Candidate terms by their first character, longest first.</summary>
    private static readonly FrozenDictionary<char, (string Term, int Cue)[]> ByFirst = Lists
        .SelectMany(l => l.Terms.Select(t => (Term: t, l.Cue)))
        .GroupBy(p => p.Term[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Term.Length).ToArray());

    /// <summary>One bit per UTF-16 character: whether a term starts with it.</summary>
    private static readonly ulong[] StartBits = ByFirst.Keys.Aggregate(new ulong[1024], (bits, c) =>
    {
        bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    });

    private static readonly SearchValues<char> AmountUnits = SearchValues.Create("元块刀");

    /// <summary>The cues present in a window of normalized text, one bit each (bit <c>1 &lt;&lt; cue</c>).</summary>
    public static int Find(ReadOnlySpan<char> text)
    {
        var cues = 0;
        // Cost (issue 16: within 30× one SearchValues pass): one look at a bit per character; only a character some
        // term starts with has its candidates compared, a Latin word only at its start, a number once.
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                cues |= Match(text, i);
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                cues |= NumberCues(text, i, end);
                i = end;
            }
            else if (char.IsAsciiLetter(c))
            {
                cues |= Match(text, i);
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            }
            else
            {
                if ((StartBits[c >> 6] >> (c & 63) & 1) != 0) cues |= Match(text, i);
                i++;
            }
        }
        return cues;
    }

    /// <summary>The cue of the longest term at <paramref name="i"/>, as a bit; 0 if none.</summary>
    private static int Match(ReadOnlySpan<char> text, int i)
    {
        if (!ByFirst.TryGetValue(text[i], out var candidates)) return 0;
        foreach (var (term, cue) in candidates)
            if (text[i..].StartsWith(term, StringComparison.Ordinal) && AtWordEdges(text, i, term.Length)) return 1 << cue;
        return 0;
    }

    /// <summary>A run of digits [start, end): an amount before a currency unit or after a currency sign, an account-like run when long.</summary>
    private static int NumberCues(ReadOnlySpan<char> text, int start, int end)
    {
        var cues = 0;
        if (end - start >= DigitRunLength) cues |= 1 << DigitRun;
        var after = text[end..].TrimStart(' ');
        var before = text[..start].TrimEnd(' ');
        if ((after.Length > 0 && AmountUnits.Contains(after[0])) || after.StartsWith("rmb", StringComparison.Ordinal)
            || after.StartsWith("usd", StringComparison.Ordinal) || after.StartsWith("dollar", StringComparison.Ordinal)
            || after.StartsWith("bucks", StringComparison.Ordinal) || after.StartsWith("美元", StringComparison.Ordinal)
            || (before.Length > 0 && before[^1] is '$' or '¥' or '￥'))
            cues |= 1 << Amount;
        return cues;
    }

    /// <summary>
    /// A Latin term is a word (tg not inside "stgt", line not inside "online"), a term of digits starts a number (100%
    /// not inside 2100%); a Chinese term needs no edges.
    /// </summary>
    private static bool AtWordEdges(ReadOnlySpan<char> text, int start, int length)
    {
        var end = start + length;
        if (start > 0 && (char.IsAsciiLetter(text[start]) && char.IsAsciiLetter(text[start - 1]) || char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start - 1])))
            return false;
        return !char.IsAsciiLetter(text[end - 1]) || end >= text.Length || !char.IsAsciiLetter(text[end]);
    }
}
