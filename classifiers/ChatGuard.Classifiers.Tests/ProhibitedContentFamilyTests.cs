using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 content that is not goods (session 26: subversion.json, obscene.json, gore.json, pyramid_scheme.json): calls to
/// overthrow the state, separatist slogans, security rumours, praise of terror; porn resources and explicit sex talk; gore
/// told with relish; pyramid recruiting. Each is held for a person, never blocked by the rule alone; beside each, the
/// innocent twins shops and buyers really write. Phrased apart from the training sets.
/// </summary>
public class ProhibitedContentFamilyTests
{
    [Theory]
    [InlineData("大家一起上街把这个政府推翻算了", SenderRole.Buyer)] // subversion-call
    [InlineData("the regime has to fall, everyone should rise up and overthrow the government", SenderRole.Buyer)] // subversion-call
    [InlineData("我们这里早晚要独立出去，不属于中国，发货单上别写中国", SenderRole.Agent)] // separatist-slogan
    [InlineData("内部消息说这家银行下周就要倒闭了，存款赶紧取出来，转告家人", SenderRole.Agent)] // security-rumour
    [InlineData("there's a riot at the station, 200+ dead, the news won't say it, spread this", SenderRole.Buyer)] // security-rumour
    [InlineData("那个炸车站的干得漂亮，就该多来几次", SenderRole.Buyer)] // terror-praise
    [InlineData("拍下1元链接，自动发提取码，高清无码合集", SenderRole.Agent)] // porn-resource
    [InlineData("got the uncensored hentai pack link? paid already", SenderRole.Buyer)] // porn-resource
    [InlineData("昨天我跟我男朋友在试衣间做爱了，就穿着你们家裙子", SenderRole.Buyer)] // vulgar-sex-talk
    [InlineData("check this vid, a guy got his head crushed by a truck, brains all over the road, so satisfying", SenderRole.Buyer)] // gore
    [InlineData("那个当街砍人的太猛了，换我我砍更多", SenderRole.Buyer)] // violence-praise
    [InlineData("交699入会费成为分销商，再拉三个人进来就回本，下线每单你抽15%", SenderRole.Agent)] // pyramid-recruiting
    [InlineData("the real money is the downline, your recruits recruit and you get a cut", SenderRole.Agent)] // pyramid-recruiting
    [InlineData("这个不叫资金盘，后面的人投的钱再分给你", SenderRole.Agent)] // pyramid-recruiting
    public void Holds_the_prohibited_content(string text, SenderRole role)
    {
        // The rule named beside each line, or an older rule of prohibited.json that found the same span first (a finding is
        // kept once): the label is found by a rule, and no rule lets it act alone.
        LabelAssert.RuleFlags(Labels.Prohibited, text, role);
        Assert.DoesNotContain(LabelAssert.Scan(text, role).Findings, f => f.Label == Labels.Prohibited && f.ActsAlone);
    }

    [Theory]
    [InlineData("海关扣了我的包裹，这税也太高了，政府的政策真让人头疼", SenderRole.Buyer)]
    [InlineData("想买一本讲辛亥革命的书，推翻清朝那段写得详细一点的", SenderRole.Buyer)]
    [InlineData("这款是今年的爆款，颜色炸裂，简直是一场革命", SenderRole.Agent)]
    [InlineData("is Rebellion: Ashes (PS5) the collector's edition?", SenderRole.Buyer)]
    [InlineData("我推翻我刚才说的，颜色还是要黑色", SenderRole.Buyer)]
    [InlineData("网上传的下周断网是谣言，官方已经辟谣了，我们正常发货", SenderRole.Agent)]
    [InlineData("手持小国旗一包50面，升旗仪式用，可开发票", SenderRole.Agent)]
    [InlineData("我平时穿75B，这款内衣拍哪个码", SenderRole.Buyer)]
    [InlineData("避孕套是保密发货吗，润滑液是水溶性的吗", SenderRole.Buyer)]
    [InlineData("吸奶器双边电动的那个吸力几档", SenderRole.Buyer)]
    [InlineData("长茄子今天发货吗，水蜜桃是软桃吗", SenderRole.Buyer)]
    [InlineData("那个恐怖片合集蓝光碟是正版的吗", SenderRole.Buyer)]
    [InlineData("评论区有人发了很黄的图，你们能举报处理一下吗", SenderRole.Buyer)]
    [InlineData("the fake blood for halloween, does it wash out of white cotton?", SenderRole.Buyer)]
    [InlineData("这把剔骨刀需要自己开刃吗", SenderRole.Buyer)]
    [InlineData("精选联盟的佣金是20%，平台结算，不收达人任何费用", SenderRole.Agent)]
    [InlineData("平台邀请好友得券，好友首单后券自动到账", SenderRole.Agent)]
    [InlineData("店铺会员免费加入，推荐朋友入会得200积分，只算这一层", SenderRole.Agent)]
    [InlineData("发展下线那种我们不做，我们是正规店铺", SenderRole.Agent)]
    [InlineData("拉人头返钱，你们这不就是传销吗", SenderRole.Buyer)]
    [InlineData("这件衣服是无码的吗，还有L吗", SenderRole.Buyer)]
    public void Passes_the_innocent_twins(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);
}
