using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class CounterfeitTests
{
    private const string Label = Labels.Counterfeit;

    [Theory]
    [InlineData("高仿手表，走时精准")]
    [InlineData("精仿款，细节到位")]
    [InlineData("这批是超A货，跟真的一样")]
    [InlineData("原单货，只有这几件")]
    [InlineData("莆田的鞋，纯原品质")]
    [InlineData("复刻版的包，logo一模一样")]
    [InlineData("非正品，价格便宜")]
    [InlineData("这本教材是复印本，内容全")]
    [InlineData("考研资料都是扫描版的")]
    [InlineData("盗版光盘，十块一张")]
    [InlineData("高 仿 耳 机")]
    [InlineData("高\u200C仿")]
    [InlineData("高．仿手錶")]
    [InlineData("這款是精仿的")]
    [InlineData("和专柜的1:1，细节都对")]
    [InlineData("视频课是别家的录屏，内容一样")]
    [InlineData("正品要两千，我们这个版本两百，懂的都懂")]
    [InlineData("These are replicas but great quality")]
    [InlineData("top quality reps, same as retail")]
    [InlineData("knockoff handbags, cheap")]
    [InlineData("r3plica watches")]
    [InlineData("fake Rolex, nobody will notice")]
    [InlineData("UA version, same factory")]
    [InlineData("mirror quality, 1:1 replica with box")]
    [InlineData("跟正品一模一样，就是没有发票")]
    [InlineData("仿牌包包，质量保证")]
    [InlineData("原厂尾单，专柜同款")]
    [InlineData("這本書是影印的，內容一樣")]
    [InlineData("These are unbranded copies of the designer shoes")]
    public void Flags_fake_goods(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    [InlineData("仿真花束，放很久都不会坏")]
    [InlineData("高仿真植物墙，装修用的")]
    [InlineData("A4复印纸一包500张")]
    [InlineData("扫描仪和复印机都有现货")]
    [InlineData("请把身份证扫描件上传到订单")]
    [InlineData("我们不卖高仿，只卖正品")]
    [InlineData("绝不是高仿，支持鉴定")]
    [InlineData("这是原单号，您可以查一下物流")]
    [InlineData("品牌官方复刻的老款，有吊牌")]
    [InlineData("系统是高版本的安卓，不卡")]
    [InlineData("a licensed replica of the famous car, 1:18 scale model")]
    [InlineData("They are not fakes, every pair has a receipt")]
    [InlineData("We remove fake reviews every week")]
    [InlineData("AAA batteries included")]
    [InlineData("Our sales rep will call you tomorrow")]
    [InlineData("Can I get a hard copy of the invoice?")]
    [InlineData("谨防盗版，认准官方店铺")]
    [InlineData("你们卖的是正品吗？")]
    [InlineData("我们的仿古家具都是实木的")]
    [InlineData("仿生学设计，穿着舒服")]
    [InlineData("这个包是PU材质，不是真皮，介意勿拍")]
    [InlineData("高仿的我们不卖，都是正品渠道")]
    public void Passes_legitimate_wording(string text) => LabelAssert.DoesNotFlag(Label, text);

    // A life-size figure: no rule reads it as a fake, and a score alone never blocks. Session 14's model holds it for
    // review ("1:1" weighs heavily among the new training sets' replicas); measured by calibration, not this sentence.
    [Fact]
    public void A_life_size_figure_is_never_blocked_and_no_rule_reads_it() =>
        LabelAssert.NoRuleNeverBlocked(Label, "1:1比例的手办，和真人一样高");

    // C5: factory over-runs, a copy named after its brand, "nobody will notice".
    [Theory]
    [InlineData("外贸尾货，跟专柜的一样")]
    [InlineData("a dupe of the Rolex, looks legit")]
    [InlineData("this copy of the LV tote, nobody will know")]
    public void Flags_copies_by_their_brand(string text) => LabelAssert.RuleFlags(Label, text);

    // The shop warning about others' fakes is not selling one.
    [Theory]
    [InlineData("市面上高仿很多，买之前注意辨别")]
    [InlineData("网上的高仿太多了，我们只做授权正品")]
    public void Passes_warnings_about_fakes_elsewhere(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C5: copy grades (代购级, 公司级), "the workmanship is like the real one", "same materials, just not from the brand".
    [Theory]
    [InlineData("代购级的版本，细节都对")]
    [InlineData("这包做工跟真的一模一样")]
    [InlineData("identical stitching to the original, just not from the brand")]
    public void Flags_copy_grades_and_like_the_real_thing(string text) => LabelAssert.RuleFlags(Label, text);

    // An artificial plant or a model that looks real is the product doing its job.
    [Theory]
    [InlineData("这盆仿真绿植摆着跟真的一样，做工很细")]
    [InlineData("our own design, not from the brand, different materials")]
    public void Passes_imitation_goods_that_look_real(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C5: a brand copied 1:1; a 1:1 figure of a character is a scale.
    [Fact]
    public void Flags_a_brand_copied_one_to_one()
    {
        LabelAssert.RuleFlags(Label, "香奈儿 1:1 款到了，要的抓紧");
        LabelAssert.NoRuleFlags(Label, "1:1 等身手办，高一米七");
    }

    // C5 precision: an anti-fake code or label is how genuine goods prove themselves.
    [Fact]
    public void An_anti_fake_code_is_no_fake()
    {
        LabelAssert.NoRuleFlags(Label, "the anti-fake label under the lid has a scratch code, check it on the maker's site");
        LabelAssert.RuleFlags(Label, "fake Rolex, nobody can tell, same weight");
    }

    // C5 (issue 16, session 17): families the leave-families-out evaluation missed, phrased apart from the corpus.
    /// <summary>C5: Chinese evasions of 高仿 and 复刻 and zp for 正品 (G货, 高方, 复克, 跟zp对比没区别).</summary>
    [Theory]
    [InlineData("G货的迪奥口红，颜色很正")]
    [InlineData("这款是高方的阿迪达斯，穿着舒服")]
    [InlineData("复克款的香奈儿包已经到了")]
    [InlineData("跟zp对比没区别的，放心")]
    [InlineData("不是zp，但比zp还好看")]
    public void Flags_chinese_spellings_of_copies(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>C5: genuine packaging refilled and the brand's mark applied by the shop.</summary>
    [Theory]
    [InlineData("香水是我们自己灌进原厂瓶的")]
    [InlineData("瓶子是回收的真瓶，里面是我们自己调的")]
    [InlineData("we refill genuine bottles with our own scent, smells close")]
    [InlineData("the tins are resealed and relabelled with the original label")]
    [InlineData("外壳贴的原装标，里面是普通电芯")]
    [InlineData("we attach the Nike tag after it arrives, looks factory made")]
    public void Flags_refilled_packaging_and_applied_brand_marks(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>C5: copies admitted by their missing licence: an unofficial version, a scanned e-book, cracked software, a recorded course.</summary>
    [Theory]
    [InlineData("不是官方的，但我们这个版本做工很好")]
    [InlineData("这份教材电子版是扫描的，不是正版授权的")]
    [InlineData("plugin is cracked, lifetime activation, no subscription")]
    [InlineData("screen recordings of the paid bootcamp, every module")]
    public void Flags_unlicensed_versions_and_pirated_media(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>C5: the trade's grade words for copies worldwide.</summary>
    [Theory]
    [InlineData("first copy watches, looks exactly like the brand")]
    [InlineData("these are fong kong sneakers but nobody will notice")]
    [InlineData("KW super grade bag, mirip ori banget")]
    [InlineData("Lagos original perfume, smells the same")]
    [InlineData("7A grade handbag with dust bag and card")]
    [InlineData("superfake belt, engraved buckle")]
    [InlineData("to jest podróbka, ale dobra jakość")]
    [InlineData("это подделка, но качество хорошее")]
    [InlineData("tênis espelhado, ninguém nota a diferença")]
    public void Flags_copy_grade_words_worldwide(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>C5 precision: questions about authenticity, genuine shops with proof, honest replicas, refill packs, kW, compatible parts, price cuts, damage, praise, notices about impostors, a shop's own factory.</summary>
    [Theory]
    [InlineData("是正品吗？有防伪码吗")]
    [InlineData("我们只卖正品，每件都有品牌防伪码，扫码可查")]
    [InlineData("这款复古台灯是仿古设计，自有品牌")]
    [InlineData("我们回收空瓶，集满五个送小样")]
    [InlineData("补充装可以倒进原装瓶里继续用")]
    [InlineData("is this original? can I check the serial?")]
    [InlineData("all items are genuine, with the brand's box and receipt")]
    [InlineData("the official replica jersey is the fan version, licensed by the club")]
    [InlineData("1:1 scale replica of the rocket, for display")]
    [InlineData("a copy of the invoice is in the parcel")]
    [InlineData("the 3 kW heater works fine, KW rating on the label")]
    [InlineData("Please don't buy first copy from other shops, ours are genuine with bill")]
    [InlineData("if it's not authentic we refund in full")]
    [InlineData("compatible toner, not original HP, prints well")]
    [InlineData("I'll knock off 10% if you take two")]
    [InlineData("the phone screen arrived cracked, can I get a replacement?")]
    [InlineData("mirror finish sunglasses, espelhado lens, UV400")]
    [InlineData("imitation jewellery set, gold plated, for weddings")]
    [InlineData("a review helps us a lot if you're happy, thank you")]
    [InlineData("best seller in our shop, very comfortable")]
    [InlineData("这本书的封面设计很好看")]
    [InlineData("whey protein refill pouch, pour it into your original tub")]
    [InlineData("Heads up, some 'official outlet' pages are fake, we only sell here")]
    [InlineData("the same factory that makes our spring line made this one too")]
    [InlineData("Reminder: anyone selling 'UA' pairs under our name is not us")]
    public void Passes_look_alikes_of_the_new_copy_families(string text) => LabelAssert.NoRuleNeverBlocked(Label, text);

    /// <summary>
    /// C5 precision, session 18: the shop denying the copy right after naming it (说法不对, 只有正品, "only retail pairs"),
    /// a pirate's copy met with a legal warning, copies sold elsewhere, a copy of a receipt, a doubt met with a refund or a
    /// check, fake listings using the shop's photos, an official replica jersey, a display replica and a denial in Spanish.
    /// </summary>
    [Theory]
    [InlineData("原单这个说法不对，我们的货都是品牌直供")]
    [InlineData("我们家没有一比一的，只有专柜正品")]
    [InlineData("有顾客问是不是复刻款，不是的，是正品")]
    [InlineData("教材仅限购买者使用，翻印盗版将追究法律责任")]
    [InlineData("有人在外卖高仿打着我们的名字，请认准本店")]
    [InlineData("游戏卡都是原装卡带，非烧录卡")]
    [InlineData("We don't carry reps or 1:1 pairs, only retail stock with invoices.")]
    [InlineData("A copy of the original invoice is in the box with the serial card.")]
    [InlineData("If you think it's fake, take it to any authorised dealer and we'll refund in full.")]
    [InlineData("Heads up: we've seen fake listings using our product photos on other sites.")]
    [InlineData("This is the official replica shirt, fan version with the club crest.")]
    [InlineData("It's a display replica of the helmet, made by us as a prop for fans.")]
    [InlineData("Nunca vendemos réplica, todo es original con factura.")]
    public void Passes_denials_warnings_and_look_alikes_of_copies(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>C5 recall beside those guards: a copy offered plainly still counts.</summary>
    [Theory]
    [InlineData("一比一复刻，专柜验不出来")]
    [InlineData("高仿包包，做工跟正品一样")]
    [InlineData("1:1 replica, same as retail, comes with box")]
    [InlineData("烧录卡现货，插上就能玩")]
    public void Still_flags_copies_beside_the_guards(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>
    /// C5 precision, session 20: staff talking ABOUT fakes — what the word means, a buyer's complaint relayed, the flaws
    /// that give a replica away, how to tell one from the real thing — and a copy of a paper (a commercial invoice).
    /// </summary>
    [Theory]
    [InlineData("高仿的鞋一般鞋标字体模糊，您可以对比一下我们发的实拍")]
    [InlineData("买家说收到假货，我们已经安排鉴定了")]
    [InlineData("复刻在这里是仿制品的意思，本店不做")]
    [InlineData("所谓的原单货大多是仿的，我们家不卖")]
    [InlineData("Replicas usually have crooked logos and sloppy stitching, compare them with our photos")]
    [InlineData("A knockoff is a product that uses a brand's logo without permission")]
    [InlineData("Attached is a copy of the original commercial invoice for customs")]
    public void Passes_staff_talk_about_fakes_and_paper_copies(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>
    /// C5 recall, session 20: a copy that passes for the brand in German, "not genuine, no different from genuine" in
    /// Cantonese, and a shop's own replicas received (only a complaint relayed, 说收到, is talk about fakes).
    /// </summary>
    [Theory]
    [InlineData("Kopie von Dyson, merkt keiner den Unterschied")]
    [InlineData("唔係正品，不過同正品冇分別")]
    [InlineData("我们今天刚收到了高仿的一批货，便宜出")]
    public void Still_flags_copies_in_other_languages_and_beside_the_talk_guard(string text) => LabelAssert.RuleFlags(Label, text);
}
