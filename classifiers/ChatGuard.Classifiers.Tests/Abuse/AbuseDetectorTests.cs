using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>C2 through the whole pipeline: abuse in shop talk is caught, its innocent look-alikes pass.</summary>
public class AbuseDetectorTests
{
    private static readonly ModerationPipeline Pipeline = ModerationPipeline.CreateDefault();

    [Theory]
    [InlineData("垃圾店，收了钱就不管了")]
    [InlineData("你们这帮骗子，赶紧退款")]
    [InlineData("傻逼客服，问了三遍都不回")]
    [InlineData("傻\u200b逼店家")]
    [InlineData("s b 卖家，发错货了")]
    [InlineData("垃 圾 店，收钱不发货")]
    [InlineData("你.们.这.群.骗.子")]
    [InlineData("你妈的，还发不发货")]
    [InlineData("去死吧你们这家黑心店")]
    [InlineData("你們這群騙子，退錢")]
    [InlineData("我知道你们仓库在哪，明天上门找你算账")]
    [InlineData("再不退款我就把你的电话挂到网上")]
    [InlineData("客服妹妹发张你的裸照")]
    [InlineData("send me nude pics babe")]
    [InlineData("买不起就滚，穷鬼")]
    [InlineData("You stupid idiots sent the wrong size again")]
    [InlineData("F u c k you and your fake shop")]
    [InlineData("Refund me or I'll find out where you live")]
    [InlineData("leave that review up and i'll find where u live")]
    [InlineData("Shut up, bitch, and ship my order")]
    [InlineData("一群饭桶，一个订单改了三天")]
    [InlineData("I hope your warehouse burns down")]
    [InlineData("你们店家是猪吧，地址都能写错")]
    [InlineData("卖家是狗吗，三天不回")]
    public void Flags_abuse_in_shop_talk(string text)
    {
        var verdict = Pipeline.Scan(text);

        Assert.Contains(Labels.Abuse, verdict.Labels);
        Assert.All(verdict.Findings.Where(f => f.Label == Labels.Abuse), f => Assert.Equal("C2", f.RuleId));
        Assert.True(verdict.Severity >= Severity.Medium);
    }

    [Theory]
    [InlineData("这个垃圾袋一卷有多少个")]
    [InlineData("滚筒洗衣机的排水管有卖吗")]
    [InlineData("笑死，这个玩偶太可爱了")]
    [InlineData("这款傻瓜相机老人会用吗")]
    [InlineData("明天我打你电话确认地址")]
    [InlineData("这是送我妈的生日礼物，麻烦包装好")]
    [InlineData("小心骗子，官方客服不会让你私下转账")]
    [InlineData("质量太差了，穿一次就起球，我要退货")]
    [InlineData("等了五天还没发货，能不能快点")]
    [InlineData("再不处理我就申请平台介入")]
    [InlineData("卧槽，这件也太好看了吧")]
    [InlineData("电脑死机了怎么办")]
    [InlineData("I'm such an idiot, I ordered the wrong color")]
    [InlineData("Do these boots come in women's sizes? Black or white?")]
    [InlineData("这股死磕到底的劲头我服了，辛苦客服")]
    [InlineData("这款面霜男性也能用吗？女性用的是哪一款")]
    [InlineData("女生穿L码会不会太大，男生呢")]
    [InlineData("nude lipstick shades are back in stock")]
    [InlineData("我是他们家的脑残粉哈哈")]
    [InlineData("Damn, this jacket looks even better in person")]
    [InlineData("The package is three days late, please check")]
    [InlineData("Do you sell garbage bags in bulk?")]
    [InlineData("你们客服在吗")]
    [InlineData("你们家忙不忙")]
    [InlineData("绿萝是不是有病了，叶子发黄")]
    [InlineData("你们狗粮有货吗")]
    [InlineData("你是垃圾分类的专家吗")]
    [InlineData("你们家狗窝有大号吗")]
    [InlineData("你们二百五十块包邮吗")]
    public void Lets_innocent_look_alikes_pass(string text)
    {
        var verdict = Pipeline.Scan(text);

        Assert.DoesNotContain(Labels.Abuse, verdict.Labels);
    }

    [Fact]
    public void A_threat_is_critical_and_its_span_points_at_the_original_text()
    {
        const string text = "ＯＫ，信不信我弄死你";

        var finding = Assert.Single(Pipeline.Scan(text).Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term);

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal("弄死你", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void A_term_spelled_out_with_spaces_is_reported_where_it_was_typed()
    {
        const string text = "亲，垃 圾 店！";

        var finding = Assert.Single(Pipeline.Scan(text).Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term);

        Assert.Equal("垃 圾 店", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void A_slur_split_by_an_invisible_character_is_masked_whole()
    {
        const string text = "你这个傻\u200b逼";

        var verdict = Pipeline.Scan(text);

        var finding = Assert.Single(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term);
        Assert.Equal(text.IndexOf('傻'), finding.Start);
        Assert.Equal(text.Length, finding.End);
    }

    // C2: harassment of the agent about their body, touching them, "sexy"; the rule alone, not the model's score.
    [Theory]
    [InlineData("客服妹妹罩杯多大啊")]
    [InlineData("我想亲你一下，客服")]
    [InlineData("妳说话真骚")]
    [InlineData("send me a picture of yourself in lingerie")]
    public void Flags_sexual_harassment_of_the_agent(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C3 beside C2, two ways on purpose: a harassment pattern blocks on its own, and its C3 finding too when the message
    // names something explicit (ExplicitSexualWords); the underwear-ask rule of abuse.json is innuendo a moderator
    // judges, so its C3 (alsoLabels) holds the message like its C2 does.
    [Theory]
    [InlineData("小姐姐晚上出来陪我过夜吧")]
    [InlineData("send me nude pics of yourself tonight")]
    public void Harassment_that_names_something_explicit_is_vulgar_content_too_and_acts_alone(string text)
    {
        var verdict = Pipeline.Scan(text);

        Assert.Contains(verdict.Findings, f => f.Label == Labels.Prohibited && f.Detail == "sexual content" && f.ActsAlone);
    }

    [Fact]
    public void Harassment_with_nothing_explicit_named_is_abuse_only()
    {
        var verdict = Pipeline.Scan("美女客服做我老婆吧");

        Assert.Contains(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Prohibited && f.Evidence != Evidence.Model);
    }

    [Theory]
    [InlineData("妳今天穿的什麼睡衣啊")]
    [InlineData("你现在穿的是什么丝袜")]
    public void Asking_about_the_agents_underwear_is_held_as_abuse_and_vulgar_content(string text)
    {
        var verdict = Pipeline.Scan(text);

        Assert.Contains(verdict.Findings, f => f.Label == Labels.Prohibited && f.Evidence == Evidence.Term && !f.ActsAlone);
        Assert.Contains(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term && !f.ActsAlone);
    }

    // C3: harassment that names a body, underwear, nudity, a bed or a night is vulgar content as well as abuse.
    [Theory]
    [InlineData("小姐姐发张你的泳装照给我看看")]
    [InlineData("客服美女多少钱一晚")]
    [InlineData("send me a pic of you in your underwear")]
    [InlineData("客服妹妹你胸多大呀")]
    [InlineData("s3nd n00dz")]
    [InlineData("d1ck pic incoming if you keep ignoring me 🍆")]
    [InlineData("sizing help? send me a photo without the top, I'll tell you 😉")]
    [InlineData("约吗小姐姐 开个房慢慢聊")]
    [InlineData("send me your photos without clothes and I'll leave 5 stars")]
    [InlineData("kak admin kirim foto bugil dong")]
    public void Flags_explicit_harassment_as_prohibited_content_too(string text)
    {
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
    }

    // Asking the agent out is harassment, not vulgar content; the lingerie shop's own words reach no harassment rule.
    [Theory]
    [InlineData("小姐姐周末有空吗，约一下")]
    [InlineData("are you single? go out with me")]
    public void Passes_courting_as_abuse_only(string text)
    {
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("这款内衣是无钢圈的，睡觉也能穿")]
    [InlineData("the bikini top runs small, size up one")]
    public void Passes_underwear_shop_talk(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Agent);

    // Reporting harassment, or a bra's cup size, is not harassing anyone.
    [Theory]
    [InlineData("你们这样一直打电话是骚扰")]
    [InlineData("这款内衣的罩杯偏小吗")]
    public void Passes_reports_of_harassment_and_cup_sizes(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C2: the desk called deaf or sick in the head, a crowd of bloodsuckers, daily abuse promised, ruin wished.
    [Theory]
    [InlineData("卖家是哑巴吗，问了不回")]
    [InlineData("你们都有毛病吧，单号都能错")]
    [InlineData("一帮吸血鬼，退个款这么难")]
    [InlineData("不退钱我每天来骂你")]
    [InlineData("hope your store goes bankrupt")]
    public void Flags_contempt_and_ill_wishes_at_the_desk(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // A faulty product "有毛病", goods with a fault, and bankruptcy as news are not aimed at anyone.
    [Theory]
    [InlineData("这个耳机是不是有毛病，左边没声音")]
    [InlineData("你们有毛病的货能换吗")]
    [InlineData("the old supplier went bankrupt, so we changed factories")]
    public void Passes_faults_in_goods(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
