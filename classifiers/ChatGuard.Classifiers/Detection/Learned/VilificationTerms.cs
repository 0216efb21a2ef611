using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C2: the names of groups that <see cref="LabelContext"/> reads beside the COLD head's score (COLD's subject: race,
/// region, gender; not 男性/女性, which is how shop talk says who a product is for), matched against the normalized
/// (lower-cased, NFKC) text. Not abusive alone; with a middling score, vilification. No pattern nests unbounded
/// quantifiers, so matching stays linear. (Moved here from AbuseLexicon, whose term rules no longer read them.)
/// </summary>
public static partial class VilificationTerms
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static Regex Groups => Group();

    [GeneratedRegex("""
        黑人|白人|黄种人|黑鬼|老黑|黑奴|尼哥|外国人|老外|洋人|鬼子|日本人|韩国人|美国人|印度人|阿三|非洲人|欧洲人|中东|穆斯林|回族|伊斯兰|绿绿|犹太|少数民族|民族
        | 女人|男人|女的|男的|女权|男权|女拳|娘们|小仙女|直男|渣男|绿茶|婊|拜金女|剩女|大妈|大爷们|母狗|公狗|同性恋|同志|基佬|gay|拉拉|变性
        | (?:河南|河北|山东|山西|东北|上海|北京|广东|广西|福建|江苏|浙江|安徽|湖南|湖北|四川|重庆|贵州|云南|陕西|甘肃|新疆|西藏|内蒙古?|宁夏|青海|海南|天津|江西|辽宁|吉林|黑龙江|台湾|香港|温州|潮汕|南方|北方|外地|农村|乡下|城里|大陆)人|地域黑|地图炮
        | \b(?:blacks|whites|mexicans?|muslims?|jews?|jewish|gays?|lesbians?|trannys?|immigrants?|arabs?|hoes?|ghetto|rednecks?|illegal\ aliens?)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Group();
}
