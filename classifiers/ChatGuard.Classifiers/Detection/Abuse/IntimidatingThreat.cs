using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C3 (RULES.md "intimidation"; the lead's convention of session 26): a threat AbuseLexicon matched that promises violence
/// or menaces the person where they live or work — harm to the body (弄死你, 砍你, stab, beat you up), people brought along
/// (找人, 带兄弟, my boys), a visit to the home or shop with menace (上门, 去你店里砸, come round), the home, the family or the
/// way home known and held over them (我知道你家在哪, I know where you live, watch your back). Such a threat is prohibited
/// content as well as abuse. A threat of exposure, complaint or hounding (挂到网上, 人肉你, 差评试试, 天天骚扰你, "I'll post your
/// name", "until you quit", "you'll regret it") menaces no one's body or home and stays abuse alone.
/// </summary>
public static partial class IntimidatingThreat
{
    /// <summary>Whether the threat <paramref name="match"/> (the matched span of the folded text) is violence or intimidation.</summary>
    public static bool In(ReadOnlySpan<char> match) => Cue().IsMatch(match);

    [GeneratedRegex("""
        (?:弄|打|砍|杀|殺|捅|揍|宰|削|卸|抽|干|幹|整|收拾|剁|斩|斬)(?:死|残|殘|废|廢|爆)?(?:你|妳|他|她)
        | 上[门門] | 砸 | 烧 | 燒 | 堵 | 蹲你 | (?:找|带|帶|叫|搵)(?:人|兄弟) | 兄弟 | 住哪 | 住在哪 | 出[门門]小心 | 小心[点點] | 不得安[宁寧] | 别想跑 | 跑不掉 | 出[来來]试试 | 出[来來]試試
        | 知(?:道)?(?:你|妳|您)[^，。！？!?]{0,6}(?:家|住|屋企|仓库|倉庫|公司|门店|門店|店|铺|鋪|舖|小区|小區)
        | (?:门口|門口|楼下|樓下)[^，。！？!?]{0,2}等(?:你|妳) | (?:地址|住址)(?:电话|電話)?我都有 | 腿 | 胳膊
        | \b(?:kill|hurt|beat|stab|punch|smash|shoot|batter|bliksem|donner|moer|slash|torch|wreck|burn|jump|break|snap|bust|crack|cave)\b
        | \bwhere\s+(?:you|u)\s+(?:live|work|park|sleep|stay)\b | \bwhere\s+(?:your|ur)\s+\w+\s+(?:is|are|live|lives|go|goes|park|sleep|stay|work)\b | \bwhich\s+school\b
        | \b(?:watch|mind)\s+(?:your|ur|yo|his|her|their)\s+back\b | \bwatch\s+yourself\b | \bcome\s+(?:for|after)\s+(?:you|u)\b | \bhunt\b | \bfind\s+(?:you|u|una|yuh)\b
        | \b(?:hospital|coma|wheelchair|ground|dead|hands|hiding|beating|kicking|window|windows|brick|bat|knife|gun|machete|crowbar|hammer|bone|skull|teeth|jaw)\b | \bblock\s+off\b
        | \b(?:show\s+up|come|coming|turn\s+up|pull\s+up|rock\s+up)\b[^.!?]{0,30}\b(?:your|ur)\s+(?:\w+\s+)?(?:place|house|home|door|office|work|shop|store|warehouse)\b
        | \bsend\s+someone\b | \b(?:boys|guys|lads|crew|gang)\b | \bwaiting\s+(?:outside|for\s+(?:you|u))\b | \bsee\s+(?:what\s+happens\s+to|who\s+shows)\b | \bmin(?:s|utes)?\s+(?:from|away)\b
        | \b(?:maar|mar|maarunga|marunga|pitunga|haddi|papatayin|patayin|sasaktan|bubugbugin|uupakan|aabangan|nitakuchapa|nikuchape|nitakuua|nikuue|nitakupiga|nikupige|matar|pegar|quebrar|arrebentar|quemar|partir|romper|reventar|madrear|golpear|bulurum|gebertirim)\b
        | \bdeal\s+(?:with|wid)\s+(?:you|u|una|yuh)\b | \btau\s+(?:gudang|rumah|kedai|toko|alamat)\b | \baku\s+datang\b | \bula[sş][iı]r[iı]m\b | [oö]ld[uü]r | (?<!\w)(?:на[йи]ду|на[йи]д[её]м|убью|урою|прибью)(?!\w) | 🔪
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Cue();
}
