using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C2: the words of vilification that <see cref="LabelContext"/> reads beside the COLD head's score — the names of
/// groups (COLD's subject: race, region, gender) and derogatory context words — matched against the normalized
/// (lower-cased, NFKC) text. Neither is abusive alone; together with a middling score they are. No pattern nests
/// unbounded quantifiers, so matching stays linear. (Moved here from AbuseLexicon, whose term rules no longer read them.)
/// </summary>
public static partial class VilificationTerms
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static Regex Groups => Group();

    public static Regex Derogatory => Cue();

    [GeneratedRegex("""
        黑人|白人|黄种人|黑鬼|老黑|黑奴|尼哥|外国人|老外|洋人|鬼子|日本人|韩国人|美国人|印度人|阿三|非洲人|欧洲人|中东|穆斯林|回族|伊斯兰|绿绿|犹太|少数民族|民族
        | 女人|男人|女的|男的|女性|男性|女权|男权|女拳|娘们|小仙女|直男|渣男|绿茶|婊|拜金女|剩女|大妈|大爷们|母狗|公狗|同性恋|同志|基佬|gay|拉拉|变性
        | (?:河南|河北|山东|山西|东北|上海|北京|广东|广西|福建|江苏|浙江|安徽|湖南|湖北|四川|重庆|贵州|云南|陕西|甘肃|新疆|西藏|内蒙古?|宁夏|青海|海南|天津|江西|辽宁|吉林|黑龙江|台湾|香港|温州|潮汕|南方|北方|外地|农村|乡下|城里|大陆)人|地域黑|地图炮
        | \b(?:blacks|whites|mexicans?|muslims?|jews?|jewish|gays?|lesbians?|trannys?|immigrants?|arabs?|hoes?|ghetto|rednecks?|illegal\ aliens?)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Group();

    // Derogatory words: 穷/丑 humiliate, 垃圾/骗 accuse, tmd/他妈 curse, stupid/liar insult.
    // Bare exclamations (卧槽, damn, holy shit, fucking great) are left out: undirected, they are not C2.
    [GeneratedRegex("""
        他妈|他媽|tmd|特么|(?<![我她俺咱你])[妈媽]的|(?<![a-z])md(?![a-z])|(?<![卧我])操(?!作|心|场|練|练|守|办|劳|盘)|艹|草(?=你|尼|泥)
        | 垃圾(?!袋|桶|分类|分類|短信|邮件|郵件|场|站|回收|食品|处理|處理) | (?<!小心|谨防|謹防|当心|當心|防范|防範|警惕|提防|防)[骗騙](?:子|人|钱|錢|局) | 黑店 | 破店 | 烂店 | 爛店
        | 死(?!机|機|角|心|循环|循環|板|扣|结|結|忠|党|黨|磕|活|守|期|线|線) | (?<![翻打])[滚滾](?!筒|轮|輪|动|動|珠|烫|燙|边|邊|刀|石|梯) | 有病 | 恶心 | 噁心 | 丑 | 醜 | 穷 | 窮
        | 贱 | 賤 | 蠢 | 傻(?!瓜相机|瓜相機|瓜式) | 笨蛋 | 猪头 | 豬頭 | 狗(?!粮|糧|窝|窩|绳|繩|狗|仔|年) | 配(?=[吗嗎]|退|买|買|用) | 活该 | 活該 | 闭嘴 | 閉嘴 | 人话 | 人話 | 瞎了 | 聋 | 聾
        | \b(?:stupid|idiot\w*|dumb\w*|moron\w*|bs|wtf|sucks?|(?:trash|garbage)(?!\ (?:bags?|cans?|bins?|disposal|truck))|scam\w*|liars?|lying|ugly|fat|losers?|deaf|blind|shut\ up)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Cue();
}
