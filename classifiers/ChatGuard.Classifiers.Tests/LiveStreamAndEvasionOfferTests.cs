using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3, C5 and C8 as session 22's sets wrote them: sexual harassment of the agent in Hinglish, Taglish, Nigerian and UK
/// English and Cantonese (a night's price, a photo in her bra, remarks on her body), small-town live-stream shops
/// (electrofishing gear, unregistered pesticide and veterinary drugs, Hong Kong lottery tips, phones refurbished and sold
/// as new, aftermarket cables labelled as the maker's), and copies named in Russian, Arabic and sneaker slang. Beside
/// them the look-alikes: a mower blade, a shop telling staff not to use the word 高仿, a return policy for non-genuine
/// goods, a buyer joking about the lottery draw, a hotel's nightly rate, a shoe rack. Phrased apart from the corpora.
/// </summary>
public class LiveStreamAndEvasionOfferTests
{
    [Theory]
    [InlineData("ek raat ke kitne paise madam, bolo")]
    [InlineData("miss magkano isang gabi with you")]
    [InlineData("how much you dey collect for one night, fine girl")]
    [InlineData("客服靚女 一晚幾多錢")]
    public void A_night_with_the_agent_priced_is_sexual_solicitation(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("madam apni pic bhejo bina dupatta")]
    [InlineData("pasend naman ng pic mo naka bra")]
    [InlineData("babe send me your nudes first")]
    [InlineData("lemme see ur boobs and i'll leave 5 stars")]
    [InlineData("send pics of you in your bra then we talk")]
    [InlineData("妳胸部多大 拍一張給我看")]
    [InlineData("主播穿的啥内衣呀 露一下我给你刷火箭")]
    [InlineData("bet you look good in the lingerie, model it for me")]
    [InlineData("nice rack in your photo love")]
    [InlineData("i bet youre filthy in bed")]
    public void Sexual_harassment_of_the_agent_is_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("酒店大床房一晚幾多錢")]
    [InlineData("nice rack, does it fit 12 pairs of shoes?")]
    [InlineData("can the model in the photo show the lingerie size chart")]
    [InlineData("send pics of the bikini in navy please")]
    [InlineData("the arcade gives 20 tokens for the private show room")]
    [InlineData("加州货到了 巴旦木和草莓干都有")]
    public void Rooms_racks_and_product_photos_are_not_prohibited(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("超声波打鱼机 电瓶款 要的私我")]
    [InlineData("这个一电一大片 河沟里随便用")]
    [InlineData("兽药没有批号 我们自己配的 便宜")]
    [InlineData("农药没有登记证 一样好用")]
    [InlineData("每天更新港彩三中三 进群看")]
    [InlineData("外圍波 今晚開盤 落注私我")]
    [InlineData("private show on cam tonight, 80 tokens")]
    public void Electrofishing_unregistered_drugs_lottery_tips_and_cam_shows_are_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("割草机配件 刀片还有货吗")]
    [InlineData("没批号的兽药千万别买 我们的都有批准文号")]
    [InlineData("六合彩開獎那天店裡有開嗎")]
    [InlineData("电子漂要夜光的 晚上钓鱼用")]
    public void Mower_parts_warnings_and_lottery_small_talk_are_not_prohibited(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("это копия, зато один в один с оригиналом")]
    [InlineData("كوبي ون ماستر كوالتي والسعر حلو")]
    [InlineData("not og but nobody will ever know")]
    [InlineData("UA jordans restocked, og box included")]
    [InlineData("1:1 dunks in all sizes")]
    [InlineData("非zheng品 但做工很好的")]
    [InlineData("真係正品邊會咁平㗎")]
    [InlineData("同款冇logo 想要logo另加五十幫你燙上去")]
    [InlineData("数据线是副厂的 标原厂好卖")]
    [InlineData("二手机翻新一下当新机卖 没人看得出")]
    public void Copies_named_in_other_tongues_and_goods_passed_off_as_genuine_are_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("跟客户说话别用“高仿”这种词，我们是正品")]
    [InlineData("本店皆為公司貨，若收到非正品可申請退貨退款")]
    [InlineData("同款T恤可以印你们公司的logo，定制一件起")]
    [InlineData("副厂的线我们会写明副厂，不会标原厂")]
    [InlineData("副厂刹车片，详情页写明了，做工对标原厂，价格便宜一半")]
    public void Staff_wording_advice_return_policies_and_custom_prints_are_not_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("这台理疗仪 癌细胞都能杀死")]
    [InlineData("этот гель полностью излечивает простатит")]
    [InlineData("治猪瘟的针 一针见效")]
    [InlineData("销量全网第①")]
    public void Cure_claims_and_evasive_superlatives_are_exaggerated(string text) =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Fact]
    public void A_gambling_tip_sheet_is_not_also_an_exaggerated_claim() =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, "买茶叶送马报一期 稳赚");

    [Fact]
    public void Sildenafil_sold_as_a_herbal_tonic_is_prohibited_and_its_praise_a_claim()
    {
        LabelAssert.RuleFlags(Labels.Prohibited, "草本伟哥 吃了一夜不倒 老哥们试试");
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, "草本伟哥 吃了一夜不倒 老哥们试试");
    }
}
