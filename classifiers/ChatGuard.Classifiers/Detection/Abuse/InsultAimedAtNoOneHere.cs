using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: an insult word said of no one in the chat — the sender about themself (我真的是白痴，下错颜色了; "I'm such an
/// idiot"), about their pet (我家的猫很白痴), or an anti-fraud notice about whoever poses as the platform ("anyone
/// claiming to be official support is a scammer", 冒充客服的都是骗子). Independent writers put all three among the
/// look-alikes; each was blocked as an insult.
/// </summary>
public static partial class InsultAimedAtNoOneHere
{
    /// <summary>How far before the term the subject may start (characters of the folded text).</summary>
    private const int Window = 90;

    /// <summary>Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is said of the sender, a pet or a hypothetical scammer.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end)
    {
        var before = folded[Math.Max(0, start - Window)..start];
        if (SelfOrPet().IsMatch(before)) return true;
        // 我/本 opening the clause right before a word that names no listener (我猪脑子 忘了用券, 本屌丝买不起; 我这猪脑子,
        // 我自己北七, 怪我眼瞎 — blaming oneself); 我操你妈, 我cnm and 我草泥马 aim at the listener (你, its initial n, its
        // homophone 泥) and stay abuse.
        if (BareSelf().IsMatch(before) && !ListenerInWord().IsMatch(folded[start..end])) return true;
        // 我脑子有病吧 买了两件一样的, 我脑子是不是有病: the sender's own head is the subject.
        if (OwnHeadBefore().IsMatch(before) && !ListenerInWord().IsMatch(folded[start..end])) return true;
        // 把我当傻子糊弄, 当我是白痴: the sender says they are taken for one — an accusation, nobody is called one.
        if (TakenForOne().IsMatch(before)) return true;
        // 真是瞎了眼 / 算我瞎了眼 / 瞎了眼才买: the sender blames their own choice (眼瞎啊 alone, or 你瞎了眼, stays abuse).
        if (OwnBlindness().IsMatch(folded[start..end]) && (BlindOwnChoiceBefore().IsMatch(before) || BlindOwnChoiceAfter().IsMatch(folded[end..]))) return true;
        // The match may hold more than the insult word ("what a numpty", "fucking app", "your app is so stupid"): its last
        // word is the one judged.
        var lastWord = folded[start..end].TrimEnd().LastIndexOf(' ');
        var wordStart = lastWord < 0 ? start : start + lastWord + 1;
        // "what an eejit i am", "total numpty moment", "npc behaviour from me": the sender names their own slip after the word.
        if (SelfSlip().IsMatch(folded[end..]) || MeSlipAfter().IsMatch(folded[end..]) || ((SelfAfter().IsMatch(folded[end..]) || OwnSlipAfter().IsMatch(folded[end..]))
                && WhatA().IsMatch(folded[Math.Max(0, wordStart - Window)..wordStart]))) return true;
        // 穷鬼本鬼 ("a pauper, that's me"): the meme names the sender with the word's own last character after 本.
        if (end - start >= 2 && folded[end..] is ['本', var own, ..] && (own == folded[end - 1] || own == '人')) return true;
        // 穷鬼如我 ("a pauper like me", session 25): the word is likened to the sender right after it.
        if (folded[end..].StartsWith("如我")) return true;
        // Swearing at a thing, not a person: "the f***ing app keeps crashing", "the bastard of a thing", "my printer's a
        // piece of shit".
        if ((CurseWord().IsMatch(folded[start..end]) && ThingAfter().IsMatch(folded[end..])) || OfAThing().IsMatch(folded[end..])
            || ThingBefore().IsMatch(folded[Math.Max(0, wordStart - Window)..wordStart]) || CursedThing().IsMatch(folded[start..end])
            || ChineseThingBefore().IsMatch(before)) return true;
        // Tagalog swearing at the moment (putangina, umulan pa; tangina ang init): the curse opens the message with no
        // ka/mo/kayo/nyo aiming it at anyone.
        if (SituationExpletive().IsMatch(folded[start..end]) && AtMessageStart().IsMatch(folded[..start]) && !AimedAfter().IsMatch(folded[end..])) return true;
        // The same in Chinese (tmd终于到了, 他妈的 总算收到了): the expletive opens the message in relief and nobody in the
        // chat is named in it; "tmd 三天了还不发货" blames the shop and stays abuse.
        if (ChineseExpletive().IsMatch(folded[start..end]) && AtMessageStart().IsMatch(folded[..start])
            && ReliefAfter().IsMatch(folded[end..]) && !ListenerNamed().IsMatch(folded[end..])) return true;
        // tmd快递柜满了, tmd 电梯又坏了: the expletive opens the message at a thing or the weather, nobody in the
        // chat named; 太tm好吃了: swearing as praise, between a degree word and the good thing said. BLK27: tmd这快递盒子被压成饼了，
        // 还好…你们包得挺结实 — the clause sworn in names nobody; the shop thanked in a later one is not the one sworn at.
        if (ChineseExpletive().IsMatch(folded[start..end]) && !ListenerNamed().IsMatch(FirstClause(folded[end..]))
            && ((AtMessageStart().IsMatch(folded[..start]) && SituationAfter().IsMatch(folded[end..]))
                || (DegreeBefore().IsMatch(before) && PraiseAfter().IsMatch(folded[end..])))) return true;
        // tmd 太好吃了 (session 25): the expletive opens the message, then a degree word and the good thing — praise, nobody
        // in the chat named.
        if (ChineseExpletive().IsMatch(folded[start..end]) && AtMessageStart().IsMatch(folded[..start])
            && DegreeThenPraiseAfter().IsMatch(folded[end..]) && !ListenerNamed().IsMatch(folded[end..])) return true;
        // 仆街 我自己揀錯地址: the word opening the message, then the sender's own slip.
        if (AtMessageStart().IsMatch(folded[..start]) && ChineseOwnSlipAfter().IsMatch(folded[end..])) return true;
        // 自己on9揀錯色 (session 25): 自己 opens the message and the word, then the sender's slip (揀錯, 填錯); 自己眼瞎点错了还来怪店家
        // pins the slip on the other side and stays abuse.
        if (OwnselfAtMessageStart().IsMatch(folded[..start]) && SendersOwnSlip(folded[end..])) return true;
        // HKTW26 (t228), each only with no reader named earlier in the clause (仆街啦你, 你自己北七, 你哋 on9 打錯 stay abuse):
        // 收皮啦我 咁大個人都唔識砌 — the sender names themself right after the word (Cantonese puts the subject last);
        // 同事也常說自己北七 — somebody says it of themself; 我哋同事都試過 on9 打錯 — the sender's side did something
        // foolishly (the word, then the slip; 自己北七買錯色還怪我們 pins the slip on the other side).
        if (!ListenerInClauseBefore().IsMatch(before)
            && (SelfNamedAfter().IsMatch(folded[end..]) || SaysOfSelfBefore().IsMatch(before)
                || (SenderSideInClauseBefore().IsMatch(before) && SendersOwnSlip(folded[end..])))) return true;
        // BLK27: 我自己拍错颜色了，蠢死了 — the word stands as a clause of its own, no subject, right after a clause in which
        // the sender owns a slip: it says so of them (你自己拍错了，蠢死了 names the reader and stays abuse).
        if (OwnSlipClauseBefore().IsMatch(before)) return true;
        // HKTW26 (t228): on9 question: … — "dumb question" prefacing the sender's own question, at the message start.
        if (AtMessageStart().IsMatch(folded[..start]) && QuestionPrefaceAfter().IsMatch(folded[end..])) return true;
        // 正到仆街, 好食到on9 (session 25): Cantonese swears as the degree of praise after 到, aimed at no one.
        if (CantonesePraiseTo().IsMatch(before)) return true;
        // 仆街，我以為遺失咗; Dllm 我等咗成個月，終於到 (session 25): the word opens the message, then the sender's own mistake or
        // relief, and nobody in the chat is named.
        if (AtMessageStart().IsMatch(folded[..start]) && OwnBeliefOrReliefAfter().IsMatch(folded[end..]) && !ListenerNamed().IsMatch(folded[end..])) return true;
        // 戇居居咁撳咗兩次: opening the message with 咁 after it, the word says how the sender did something (foolishly
        // pressed twice); said to someone it names them (你個戇居居).
        if (AtMessageStart().IsMatch(folded[..start]) && MannerOfOwnAct().IsMatch(folded[end..])) return true;
        // "this is fucking ridiculous, 3 weeks and still no parcel": the curse intensifies what the situation is.
        // The match may hold the adjective too ("fucking ridiculous").
        if (SituationIs().IsMatch(before)
            && ((CurseWord().IsMatch(folded[start..end]) && SituationAdjective().IsMatch(folded[end..])) || CursedSituation().IsMatch(folded[start..end]))) return true;
        // 個 app 係咪 on9 咗: the app, the site or the phone is the one called names.
        if (AppBefore().IsMatch(before)) return true;
        // The scam word may sit inside a longer match ("your dms is a scammer"): the impostor frame ends right before it.
        var scamWord = folded[start..end].IndexOfAny(ScamWords);
        if (scamWord >= 0 && (WhoeverPoses().IsMatch(folded[Math.Max(0, start - Window)..(start + scamWord)])
            || ScammersAbout().IsMatch(folded[Math.Max(0, start - Window)..(start + scamWord)]))) return true;
        // "What a joke, 2 weeks and still 'label created'": the exclamation opens the message at the situation, aimed at no one.
        return JokeAtTheSituation().IsMatch(folded[..end]) && !AimedAfter().IsMatch(folded[end..].TrimStart(" ,.!?"));
    }

    /// <summary>The text after the expletive up to its first clause break.</summary>
    private static ReadOnlySpan<char> FirstClause(ReadOnlySpan<char> text)
    {
        // The clause the situation opens: punctuation right after the expletive (仆街，部電腦係你哋賣俾我嘅) does not end it.
        text = text.TrimStart(" ，。！？；,.!?;");
        var end = text.IndexOfAny(ClauseBreaks.Chars);
        return end < 0 ? text : text[..end];
    }

    // A warning that scammers are about (there are scammers, ada scammer, now got many scammer, I think scammers): no one here is called one.
    [GeneratedRegex(@"\b(?:there\s+(?:are|is|were|was)|there're|theres|there's|ada|beware\s+of|careful\s+of|watch\s+out\s+for|lots\s+of|i\s+think|got\s+(?:many|so\s+many|a\s+lot\s+of|lots\s+of|new))\s+(?:(?:many|so\s+many|a\s+lot\s+of|lots\s+of|banyak|new|fake|more)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ScammersAbout();

    [GeneratedRegex(@"^[\s\p{P}]*what\s+a\s+joke$", RegexOptions.CultureInvariant)]
    private static partial Regex JokeAtTheSituation();

    private static readonly SearchValues<string> ScamWords = SearchValues.Create(["骗", "scam", "fraud"], StringComparison.Ordinal);

    // 我(自己)(真的/简直…)是/太/很/係(个) / 我真的 / 我是不是很 (Taiwan's 我真的北七, 我是不是很87) / 我家的猫很… right
    // before the term — a copula or degree word, so a bare 我 before a threat (我每天来骂你) or a demand (快回我 sb) is not
    // self-talk; "i'm (such) an", "i was so", Patois "mi a di real"; "feel like a right moron" opening a sentence, its
    // subject (I) dropped.
    [GeneratedRegex("""
        (?:^|[^你您他她它们們])(?:我自己|我|(?:我家的?|家里的?|家裡的?)?(?:猫咪|猫猫|猫|狗狗|狗子|狗|主子))(?:真的|真|就|简直|也|都|实在|實在|太|好|有点|有點|超|很|是不是|今日|今天|今次|呢次|这次|這次|系|係)*(?:是|係|系|像|太|好|很|真|真的|是不是|超|有点|有點)(?:个|個|一个|一個|一只|一隻|只)?(?:大|超级|超級)?\s*$
        | \bi\s*(?:'m|m|am|was|feel|felt)\s+(?:such\s+|so\s+|some\s+|really\s+|just\s+|being\s+|like\s+|an?\s+total\s+|total\s+|an?\s+complete\s+|complete\s+|an?\s+absolute\s+|an?\s+(?:right|proper|real|bit\s+of\s+an?)\s+)*(?:an?\s+|like\s+an?\s+)?$
        | (?:^|[.!?]\s*)(?:feel|feeling|felt)\s+like\s+(?:such\s+)?an?\s+(?:right\s+|proper\s+|total\s+|complete\s+|absolute\s+|real\s+)?$
        | \bme\s+being\s+(?:such\s+)?an?\s+(?:right\s+|proper\s+|total\s+|complete\s+|real\s+)?$
        | \bmi\s+(?:a|is|did|was|deh)\s+(?:di\s+|de\s+|such\s+an?\s+|an?\s+)?(?:real\s+|big\s+|proper\s+|right\s+)?$
        | \bi\s+(?:really\s+)?(?:need|needa|should|gotta|have)\s+(?:to\s+)?$
        | \bmy\s+(?:cat|dog|puppy|kitten)\s+(?:is|was)\s+(?:such\s+|so\s+|a\s+)*$
        | \bmy\s+(?:own\s+)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SelfOrPet();

    // 係我 on9 唔記得改地址 (HKTW26, t228): "it's me who…" names the sender as well. A sigh may open the clause (ABU27,
    // t239: 唉我自己北七，下單選錯顏色 was blocked).
    [GeneratedRegex(@"(?:^|[，。！？；,.!?;\s])(?:唉|哎|哎呀|唉呀|哎哟|哎喲|啊|哇|嘩|哗)?(?:系|係|是|都系|都係|就系|就係)?(?:我|本|我这|我這|我自己|怪我|怪我自己)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareSelf();

    // The listener inside the matched word: 你, its homophones 泥/尼, or its initial n in nm (cnm, nmsl) — not the n of on9
    // (HKTW26, t228: 我自己on9揀錯 size was blocked for that n).
    [GeneratedRegex(@"[你您妳泥尼]|nm", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListenerInWord();

    [GeneratedRegex(@"(?:把|拿|将|將)(?:我|我们|我們|老子|本人|买家|買家|消费者|消費者)(?:当|當)(?:成|作|做)?(?:是)?(?:个|個|一个|一個)?\s*$|(?:当|當)(?:我|我们|我們)(?:是)?(?:个|個|一个|一個)?\s*$|以为(?:我|我们|我們)(?:是)?(?:个|個)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TakenForOne();

    [GeneratedRegex(@"^(?:瞎了眼|眼瞎|瞎了狗眼)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnBlindness();

    [GeneratedRegex(@"(?:真是|真的是|算我|当初|當初|我也是|我真是|我当初|我當初)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlindOwnChoiceBefore();

    [GeneratedRegex(@"^\s*了?\s*(?:才|，?居然|，?竟然)", RegexOptions.CultureInvariant)]
    private static partial Regex BlindOwnChoiceAfter();

    // "what an eejit i am"; Spanish "qué pendejo soy".
    [GeneratedRegex(@"^\s*(?:i\s+(?:am|was)\b|i'm\b|soy\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfAfter();

    // "what a muppet, I ordered the left one": the exclamation, then the sender's own slip.
    [GeneratedRegex(@"^\s*[,.!\-]+\s*(?:i|i've|ive|i\s+have)\s+(?:just\s+|only\s+|totally\s+|completely\s+|accidentally\s+|went\s+and\s+)?(?:ordered|paid|bought|forgot|threw|typed|put|picked|clicked|chose|selected|lost|deleted|misread|booked|entered|binned|broke|left|got\s+the\s+wrong)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSlipAfter();

    [GeneratedRegex(@"\b(?:what|que)\s+(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|right\s+|proper\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WhatA();

    // C2: 这电饭锅简直是个废物 — a thing (a noun ending in an appliance's, tool's or parcel's character) as the subject.
    [GeneratedRegex(@"(?:这|這|那|我的|我家的?)(?:个|個|台|部|只|隻|款|件)?[^\s\p{P}你您他她人员員服家板主]{0,4}(?:锅|鍋|机|機|器|线|線|件|西|具|包|车|車|表|箱|灯|燈|扇|盒|壶|壺|脑|腦|板子|软件|軟件|系统|系統|快递|快遞|玩意儿?)(?:简直|簡直|真的|真|就|完全|根本)?(?:是|就是)?(?:个|個|一个|一個)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseThingBefore();

    // The whole match is the expletive: "leche ka" or "putangina mo" matched with its aim is said to someone.
    // pota (ch–cm: "pota ang ganda ng quality") is the clipped putangina.
    [GeneratedRegex(@"^(?:putangina|putang\s+ina|tangina|tang\s+ina|punyeta|bwisit|buwisit|pucha|leche|pota)(?:\s+talaga)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SituationExpletive();

    // Cantonese 仆街 is the same exclamation (ABU27, t239: 仆街，部電腦啱啱死機 was blocked); 仆街啦你 names the reader.
    [GeneratedRegex(@"^(?:tmd|tm的|他妈的|特么的?|仆街|扑街|撲街)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseExpletive();

    [GeneratedRegex(@"^[\s\p{P}]*(?:终于|总算|可算|算是)", RegexOptions.CultureInvariant)]
    private static partial Regex ReliefAfter();

    // What the sender swears at when nobody is to blame: the parcel locker, the pickup code, the weather, the lift, the phone
    // (Cantonese counts it: 部電腦, 我部手機), cursed again on the way (BLK29: tmd这鬼天气, 这该死的电梯).
    [GeneratedRegex(@"^[\s\p{P}]*(?:这|這|又)?(?:破|鬼|烂|爛|该死的|該死的)?(?:我(?:嘅|的)?)?(?:部|架|台)?(?:快递盒|快遞盒|快递箱|快遞箱|包裹|纸箱|紙箱|盒子|箱子|快递柜|快遞櫃|丰巢|豐巢|驿站|驛站|取件码|取件碼|天气|天氣|下雨|暴雨|大雨|下雪|台风|颱風|电梯|電梯|地铁|地鐵|公交|堵车|堵車|红绿灯|紅綠燈|停电|停電|停水|手机|手機|电脑|電腦|网络|網絡|网速|網速|信号|信號|闹钟|鬧鐘|老天)", RegexOptions.CultureInvariant)]
    private static partial Regex SituationAfter();

    [GeneratedRegex(@"(?<![你您妳])(?:太|真|好|特|超|也太|真的|简直|簡直|这也太|這也太)$", RegexOptions.CultureInvariant)]
    private static partial Regex DegreeBefore();
    // A degree word, then the good thing (太好吃, 真香, 超舒服); not a bare 好, which opens 好烦 and 好慢 as readily.
    [GeneratedRegex(@"^[\s\p{P}]*(?:太|真|超|也太|真的|简直|簡直)\s*(?:好吃|好喝|好看|好用|好穿|香|爽|舒服|便宜|划算|值|棒|绝|美|帅|帥|可爱|可愛|甜|方便|给力|給力|耐用|暖和|嫩|脆|过瘾|過癮|下饭|下飯)", RegexOptions.CultureInvariant)]
    private static partial Regex DegreeThenPraiseAfter();

    // The good thing sworn by: tasty, good-looking, comfortable, cheap, worth it.
    [GeneratedRegex(@"^\s*(?:好吃|好喝|好看|好用|好穿|香|爽|舒服|便宜|划算|划得来|值|棒|绝|美|帅|帥|可爱|可愛|甜|方便|给力|給力|快|好(?!意思)|牛|赞|讚|耐用|暖和|软|軟|嫩|脆|过瘾|過癮|下饭|下飯)", RegexOptions.CultureInvariant)]
    private static partial Regex PraiseAfter();

    // 我脑子 / 我这脑子 / 我的脑袋 (是不是, 怕不是) right before the word.
    [GeneratedRegex(@"(?:^|[^你您妳他她])(?:我|我的|我这|我這|我这个|我這個)(?:猪)?(?:脑子|腦子|脑袋|腦袋|脑壳|腦殼|脑瓜|腦瓜|记性|記性)(?:真的|真|是不是|怕不是|肯定|可能|估计|估計|绝对|絕對|简直|簡直|又|也)*(?:是|有点|有點|是个|是個)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnHeadBefore();

    [GeneratedRegex(@"[你您妳]|客服|店家|老板|商家|卖家|掌柜|主播|骗|垃圾", RegexOptions.CultureInvariant)]
    private static partial Regex ListenerNamed();

    // The rest of a reduplicated word (戇居|居), then 咁 / 噉 and a verb done (撳咗, 按了, 打错), no listener named.
    [GeneratedRegex(@"^[^\s\p{P}你您妳]{0,2}?(?:咁|噉)[^\s\p{P}你您妳]{1,4}?(?:咗|了|错|錯)", RegexOptions.CultureInvariant)]
    private static partial Regex MannerOfOwnAct();

    // "this is", "it's", "that was so", "which is just" right before the curse.
    [GeneratedRegex(@"\b(?:this|it|that|which)\s*(?:'s|’s|is|was|has\s+been|s)\s+(?:so\s+|just\s+|absolutely\s+|honestly\s+|actually\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SituationIs();

    private const string SituationAdjectives = "ridiculous|annoying|frustrating|slow|late|insane|absurd|unacceptable|useless|pathetic|awful|terrible|bad|good|great|amazing|awesome|delicious|tasty|cheap|expensive|long|hot|cold|confusing|stressful|exhausting|embarrassing";

    [GeneratedRegex(@"^\s+(?:" + SituationAdjectives + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex SituationAdjective();

    [GeneratedRegex(@"^(?:" + Curses + @")\s+(?:" + SituationAdjectives + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex CursedSituation();

    // 我自己揀錯 / 我又看错 / 我自己手滑 (HKTW26: ㄍㄢˋ 我自己手滑按了兩次): the sender owns the mistake (a bare 自己填错 may be the listener's: 沙雕 自己填错还催).
    // The thing got wrong may come first (仆街 張單我填錯咗地址: "the form, I filled in the wrong address").
    [GeneratedRegex(@"^[\s\p{P}]*(?:(?:呢|嗰|这|這|那|张|張|个|個|份|条|條)?(?:张|張|个|個|份|条|條)?(?:单|單|订单|訂單|地址|电话|電話|尺码|尺碼|码|碼|颜色|顏色)\s*)?(?:我自己|我)(?:真的|又|竟然|居然)?(?:(?:拣|捡|揀|撿|填|写|寫|打|选|選|按|搞|弄|看|下|买|買|拍|点|點|输|輸|入)(?:错|錯)|手滑|手残|手殘|眼花|看漏|睇漏|忘记|忘記|忘了|唔记得|唔記得)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseOwnSlipAfter();

    [GeneratedRegex(@"^[\s\p{P}]*自己\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnselfAtMessageStart();

    [GeneratedRegex(@"^[\s\p{P}]*(?:拣|捡|揀|撿|填|写|寫|打|选|選|按|搞|弄|看|下|买|買|拍|点|點|输|輸)(?:错|錯)", RegexOptions.CultureInvariant)]
    private static partial Regex BareOwnSlipAfter();

    // The sender's own slip follows the word, not pinned on the other side (自己北七買錯色還怪我們).
    private static bool SendersOwnSlip(ReadOnlySpan<char> after) => BareOwnSlipAfter().IsMatch(after) && !BlamesOthers().IsMatch(after);

    // …还来怪店家, 仲要怪我哋, 赖我们: the slip is pinned on someone else.
    [GeneratedRegex(@"怪|还来|還來|还要|還要|仲要|仲嚟|赖|賴", RegexOptions.CultureInvariant)]
    private static partial Regex BlamesOthers();

    [GeneratedRegex(@"(?:正|好食|好味|好飲|靚|好睇|抵|勁|型|舒服|好用|爽|正斗)\s*到\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CantonesePraiseTo();

    // The sender's own mistaken belief (我以為, 原來屋企人; HKTW26: 原來我 wrong address), relief within the first clauses
    // (終於到, 总算收到), or delight at fast delivery (HKTW26, t228: 嘩 仆街 咁快到).
    [GeneratedRegex(@"^[\s\p{P}]*(?:我(?:以为|以為|还以为|還以為)|(?:原来|原來)(?:系|係|是)?我|(?:咁快|甘快|好快|超快|这么快|這麼快|咁早)(?:就|已经|已經)?(?:到|收到|送到|寄到|嚟咗)|[^。！？!?]{0,16}?(?:终于|終於|总算|總算)(?:到|收到|攞到|拎到|来了|來了|嚟咗))", RegexOptions.CultureInvariant)]
    private static partial Regex OwnBeliefOrReliefAfter();

    // The app or the site as the subject right before the word (个 app 系咪, 这网站真是, 手机又).
    [GeneratedRegex(@"(?<![你您妳])(?:个|這個|这个|那个|呢个|嗰个|部)?\s*(?<![a-z])(?:app|网站|网页|系统|软件|程式|程序|手机|电脑|小程序)\s*(?:系咪|係咪|是不是|真系|真係|真是|真的|又|好|成日)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppBefore();

    // The sender right after the word, closing the clause (收皮啦我, sb的是我 — "the fool is me"): a particle at most between.
    [GeneratedRegex(@"^(?:的是|的就是|啦|喇|嘞|囉|啰|咯|啊|呀|了)?我(?:自己)?(?=[\s\p{P}]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SelfNamedAfter();

    // The reader named earlier in the same clause (你收皮啦我…, 客服 on9 打錯).
    [GeneratedRegex(@"(?:[你您妳]|客服|店家|老板|老闆|商家|卖家|賣家|小编|小編)[^，。！？；,.!?;\n]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListenerInClauseBefore();

    // Someone says it of themself: 說自己, 笑自己, 覺得自己 right before the word.
    [GeneratedRegex(@"(?:说|說|话|話|讲|講|笑|骂|罵|嫌|觉得|覺得|认为|認為)自己\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SaysOfSelfBefore();

    // The sender's side (我, 我哋, 同事, 自己) opening the clause before the word, no reader in between.
    [GeneratedRegex(@"(?:我|同事|自己)[^，。！？；,.!?;\n你您妳]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex SenderSideInClauseBefore();

    // The clause just closed: the sender (我, 我自己), no reader, a slip (拍错, 点错, 手滑), then only the comma before the word.
    [GeneratedRegex(@"(?:^|[，。！？；,.!?;\s])[^，。！？；,.!?;\n你您妳]{0,4}我(?:自己)?[^，。！？；,.!?;\n你您妳]{0,4}?(?:(?:拣|捡|揀|撿|填|写|寫|打|选|選|按|下|买|買|拍|点|點|输|輸)(?:错|錯)|手滑|手残|手殘|看漏|忘了|忘记|忘記)[^，。！？；,.!?;\n你您妳]{0,8}[，,。！!]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSlipClauseBefore();

    // "question:" / 問題： right after the word.
    [GeneratedRegex(@"^\s*(?:question|q|问题|問題)\s*[:：\-—]", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionPrefaceAfter();

    // Only an interjection (hay naku, ay, grabe; HKTW26: 嘩, 哇, wow, omg) may come before it.
    [GeneratedRegex(@"^[\s\p{P}]*(?:(?:hay|ay|naku|hay\s+naku|grabe|ugh|argh|wow|omg|哗|嘩|哇|哇塞|天啊|天呀)[\s\p{P}]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtMessageStart();

    // Aimed at the listener right after the curse: putangina mo, bwisit ka, tangina nyo talaga, "… you".
    [GeneratedRegex(@"^\s*(?:talaga\s+)?(?:mo|ka|kang|kayo|nyo|niyo|ninyo|ikaw|you|u|ur|your)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AimedAfter();

    // "total numpty moment", "npc behaviour from me" (BLK28): the slip is the sender's own.
    [GeneratedRegex(@"^\s*(?:moment|from\s+me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SelfSlip();

    // "dumbass me clicked XL instead of L": the word stands before "me" and the sender's own slip.
    [GeneratedRegex(@"^\s+me\s+(?:just\s+|totally\s+|accidentally\s+)?(?:ordered|paid|bought|forgot|typed|put|picked|clicked|chose|selected|entered|booked|misread|deleted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MeSlipAfter();

    // The words that swear at whatever they stand before, a thing as readily as a person.
    private const string Curses = @"f\w*ing|fkn|fckn|fking|fcking|freaking|frigging|bloody|damn|damned|goddamn|shitty|crappy|stupid|dumb|bastard";

    [GeneratedRegex(@"^(?:" + Curses + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex CurseWord();

    [GeneratedRegex(@"\b(?:" + Curses + @")\s+(?:" + Things + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex CursedThing();

    [GeneratedRegex(@"^\s+of\s+an?\s+(?:thing|job|day|box|lid|jar|screw|bolt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfAThing();

    // Things people swear at: the app and the site, the courier and the parcel, the gadget and its parts, the weather.
    private const string Things = @"app|apps|website|site|courier|couriers|delivery|parcel|package|box|printer|phone|laptop|zip|zipper|strap|thing|things|lid|charger|cable|system|page|button|weather|traffic|rain|bus|train|machine|tracking|update|wifi|internet|queue|form|code|screen|battery|login|checkout|payment\s+page|sizing|size\s+chart";

    [GeneratedRegex(@"^\s+(?:" + Things + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThingAfter();

    [GeneratedRegex(@"\b(?:the|this|that|my|your|ur|our|their)\s+(?:stupid\s+|damn\s+|bloody\s+)?(?:" + Things + @")(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:so\s+|such\s+|a\s+|an\s+|total\s+|absolute\s+|complete\s+)*(?:(?:piece|load|heap|pile)\s+of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThingBefore();

    // "anyone/whoever claiming … is a", 冒充/自称…的都是: the notice's hypothetical impostor.
    [GeneratedRegex("""
        \b(?:anyone|anybody|whoever|those|any\s+(?:one|message|messages|account|accounts|call|calls|person|link|links|sms|text|texts|email|emails|request|requests))\b[^.!?。！？]{0,120}\b(?:is|are)\s+(?:an?\s+|just\s+an?\s+)?$
        | (?:冒充|自称|自稱|假冒|假扮)[^。！？!?]{0,30}(?:的|者)(?:人)?(?:都|均|全|一律)?(?:是)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WhoeverPoses();
}
