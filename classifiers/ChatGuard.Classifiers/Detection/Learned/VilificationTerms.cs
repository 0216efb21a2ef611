using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C2: the names of groups and the topic words that <see cref="LabelContext"/> reads beside the COLD head's score
/// (COLD's subjects: race, region, gender), matched against the normalized (lower-cased, NFKC) text. Not abusive
/// alone; with a middling score, vilification. A region or a gender word alone is included because COLD's comments
/// name the group that way (河南…, 女性…): without them 28 % of COLD dev's offensive comments had no context, with
/// them 4 %. Shop talk names a gender as whom a product is for (男性也能用吗, 女生穿L码): a gender word followed in
/// its clause by a use (用, 穿, 码, 款, 适合…) is not context; the other shop mentions (上海的顾客, 广东人口味) count
/// against the legitimate-chat budget the context threshold is chosen within. Lookahead and quantifiers are
/// bounded, so matching stays linear. (Moved here from AbuseLexicon, whose term rules no longer read them.)
/// </summary>
public static partial class VilificationTerms
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static Regex Groups => Group();

    [GeneratedRegex("""
        黑人|白人|黄种人|黑鬼|老黑|黑奴|尼哥|外国人|老外|洋人|鬼子|日本|韩国人|美国人|印度人|阿三|非洲人|欧洲人|中东|穆斯林|回族|伊斯兰|绿绿|犹太|少数民族|民族
        | 亚裔|亚洲人|非裔|华人|国人|黄皮|白皮|黑哥哥|黑命贵|白左|精日|越南|种族
        | (?:女|男)(?:人|的|性|生|孩)(?![^，。！？,.!?\n]{0,6}?(?:用|穿|戴|码|款|号|适合|专用))|妇女|男女|男方|女方|女权|男权|女拳|拳师|田园|娘炮|娘们|小仙女|直男|渣男|绿茶|婊|拜金女|剩女|大妈|大爷们|母狗|公狗|性别
        | 同性恋|同志|基佬|gay|拉拉|变性
        | 河南|河北|山东|山西|东北|上海|北京|广东|广西|福建|江苏|浙江|安徽|湖南|湖北|四川|重庆|贵州|云南|陕西|甘肃|新疆|西藏|内蒙|宁夏|青海|海南|天津|江西|辽宁|吉林|黑龙江|台湾|香港|温州|潮汕
        | 南方|北方|外地|农村|乡下|(?:城里|大陆)人|地域|歧视|地图炮
        | \b(?:blacks|whites|mexicans?|muslims?|jews?|jewish|gays?|lesbians?|trannys?|immigrants?|arabs?|hoes?|ghetto|rednecks?|illegal\ aliens?)\b
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Group();
}
