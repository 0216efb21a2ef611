using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 as cross-border shops and their buyers write it in local languages, and as live-commerce and zh-Hant chats write it:
/// drugs by street name beside a discreet parcel (lança e bala, mefe i zioło, bonzai, bangi, กัญชา, меф and закладка, cripa,
/// 喵喵 and 咖啡包, 草 "not catnip"), converted guns, police batons and tear gas, gunpowder for firecrackers, a weapon promised
/// past the security check, fake diplomas and papers "in another name", surrogacy; the agent's body or underwear photo asked
/// for (C2 + C3). Beside them the look-alikes: candy, herbal tea and bookmarks shipped discreetly, a town called Bangi, hemp
/// seed, a product photo on the shop's model, an installer coming in the evening, a nail clipper at the airport, a shop's
/// refusal, a buyer's report. Phrased apart from the corpora.
/// </summary>
public class LocalSlangProhibitedOfferTests
{
    [Theory]
    [InlineData("temos lança-perfume e bala, mando discreto")]
    [InlineData("mefedron dostępny, paczka dyskretna")]
    [InlineData("ดอกกัญชาเกรดดี ทักแชท")]
    [InlineData("bonzai var, gizli kargo ile gelir")]
    [InlineData("bangi safi ipo, tunatuma kwa siri")]
    [InlineData("hukowiec przerobiony na ostrą, pewny")]
    [InlineData("警用电棍现货 下单就发")]
    [InlineData("催泪喷雾 整箱批发")]
    [InlineData("鞭炮原料 黑火药散装称重卖")]
    [InlineData("弓弩 钢珠都有货 安检查不出来")]
    public void Drugs_and_weapons_by_their_local_names_are_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("有冇草 唔系猫草 系人抽嗰只")]
    [InlineData("喵喵跟咖啡包都要 寄超商")]
    public void A_buyer_asking_for_drugs_by_street_name_is_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("balas de goma sabor morango, entrega discreta")]
    [InlineData("herbata ziołowa, wysyłka dyskretna w kartonie")]
    [InlineData("bonzai ağacı fidanı var, kargo ücretsiz")]
    [InlineData("unga wa ngano kilo 2, delivery leo")]
    [InlineData("tuko Bangi, Selangor, delivery esok")]
    [InlineData("เมล็ดกัญชง สำหรับทำอาหาร ส่งไว")]
    [InlineData("lançamento da coleção nova, entrega discreta")]
    [InlineData("我们不卖电棍和催泪喷雾，这个是防狼警报器")]
    [InlineData("火药味太重的烟花我们不卖，只卖冷烟花")]
    [InlineData("指甲刀是小号的，过安检没问题")]
    public void Everyday_goods_and_refusals_are_not_prohibited(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("小哥哥胸肌好大 今晚来我家吧")]
    [InlineData("take your shirt off and send me a pic")]
    [InlineData("美女穿黑丝拍一张给我，我就给好评")]
    [InlineData("发张你穿比基尼的自拍看看")]
    [InlineData("пришлите фото в белье, красавица, заплачу")]
    [InlineData("pasilip naman ng katawan mo beh, bayad ako")]
    public void The_agents_body_or_underwear_photo_asked_for_is_sexual_harassment(string text)
    {
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("美女，这款丝袜能拍一张实物图给我看看吗")]
    [InlineData("你穿这件泳衣拍一张上身效果给我看看")]
    [InlineData("师傅晚上来我家安装可以吗")]
    [InlineData("скиньте фото белья на модели, пожалуйста")]
    [InlineData("есть фото в купальнике на модели?")]
    [InlineData("pasilip po ng sapatos, babayaran kita agad")]
    [InlineData("show me the shirt off the hanger please")]
    public void A_product_photo_or_a_home_visit_for_the_goods_is_not_harassment(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Fact]
    public void A_forged_diploma_that_passes_verification_is_prohibited() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "毕业证代办 包过验证 学信网可查");

    [Theory]
    [InlineData("mamy меф i шишки, закладка w parku")]
    [InlineData("sahte ehliyet yapıyoruz, 3 günde")]
    [InlineData("vendo pólvora sin permiso, lo mandamos tapado")]
    [InlineData("pasaporte a otro nombre, con huella y todo")]
    [InlineData("国外试管代怀 包成功")]
    public void Drugs_fireworks_surrogacy_and_forged_papers_in_local_words_are_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Fact]
    public void A_replica_gun_that_shoots_steel_balls_is_prohibited() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "那个仿真 gun 能打钢珠吗", SenderRole.Buyer);

    [Fact]
    public void A_bikini_photo_asked_for_in_hinglish_is_sexual_harassment() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "apni bikini pic bhejo na", SenderRole.Buyer);

    [Theory]
    [InlineData("закладки для книг, набор 10 шт, доставка по России")]
    [InlineData("仿真枪模型，不能发射，只能摆着看")]
    public void Bookmarks_and_a_display_model_are_not_prohibited(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("测速干扰器 现货 装上就不怕测速")]
    [InlineData("磁吸号牌遮挡贴 一秒遮住车牌")]
    [InlineData("代开诊断证明 医院盖章 请假用")]
    [InlineData("假营业执照 可以做 三天出")]
    public void Speed_trap_jammers_plate_covers_and_forged_papers_are_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("营业执照代办，正规工商注册")]
    [InlineData("车牌框 磁吸款 不遮挡号牌")]
    [InlineData("遮挡号牌是违法的，我们不卖这种")]
    [InlineData("诊断书请到医院开，我们只卖护具")]
    [InlineData("医院开的诊断证明可以用来申请退款")]
    public void Licence_registration_a_plate_frame_and_a_hospitals_own_certificate_are_not_prohibited(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
