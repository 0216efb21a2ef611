using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class ProhibitedTests
{
    private const string Label = Labels.Prohibited;

    [Theory]
    [InlineData("有需要K粉的吗")]
    [InlineData("出售冰毒，量大从优")]
    [InlineData("溜冰的来，懂的来")]
    [InlineData("晚上寂寞的话私聊我")]
    [InlineData("加钱可以发私房照")]
    [InlineData("网上百家乐，稳赢")]
    [InlineData("拉两个人进来就能回本")]
    [InlineData("层层返利，躺着赚钱")]
    [InlineData("大家一起推翻政府")]
    [InlineData("need weed? delivery tonight")]
    [InlineData("online casino, sign up bonus")]
    [InlineData("send nudes")]
    [InlineData("卖枪，懂的私聊")]
    [InlineData("代开发票，各种发票都有")]
    [InlineData("福利视频，加钱看全套")]
    [InlineData("got some replica rifles, very realistic")]
    [InlineData("美女上门服务，快餐过夜都有")]
    [InlineData("有手枪 子弹 私聊")]
    public void Flags_prohibited_content(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    [InlineData("冰丝面料，夏天穿很凉快")]
    [InlineData("冰箱贴买三送一")]
    [InlineData("茶叶是今年的新茶")]
    [InlineData("草莓味的糖果")]
    [InlineData("这款菜刀很锋利，小心使用")]
    [InlineData("性感的蕾丝睡衣，不透")]
    [InlineData("政府补贴的家电可以用券")]
    [InlineData("拉链是YKK的")]
    [InlineData("This dress is a bit sexy but elegant")]
    [InlineData("gas stove with two burners")]
    [InlineData("这款玩具枪是塑料的，安全")]
    [InlineData("招聘客服，底薪加提成")]
    [InlineData("成人款和儿童款尺码不同")]
    [InlineData("the wallet has six card slots and a coin pocket")]
    [InlineData("dual SIM slots, both support 5G")]
    [InlineData("do you sell glue guns or nail guns?")]
    [InlineData("子弹头口红有几个色号")]
    [InlineData("手枪钻是锂电的，送两块电池")]
    [InlineData("外围尺寸是多少")]
    [InlineData("赌场风格的派对桌布，一套39")]
    [InlineData("这个弩是玩具，吸盘箭头")]
    [InlineData("露点温度传感器，工业用")]
    [InlineData("干蘑菇到货了，煲汤很香")]
    [InlineData("手持身份证照片是平台实名认证要的吗")]
    [InlineData("仿真枪我们不卖，违规的")]
    [InlineData("我被拉进一个群说拉人头能返利，是骗子吧")]
    [InlineData("溜冰鞋有大童码吗")]
    [InlineData("空调上门安装的师傅明天到")]
    public void Passes_ordinary_products(string text) => LabelAssert.DoesNotFlag(Label, text);

    // C3 out of the term list's first families: counterfeit money, spy gear, wildlife, modified guns, pay-out games.
    [Theory]
    [InlineData("收假钞，一比五出")]
    [InlineData("窃听器和针孔相机都有现货")]
    [InlineData("老料象牙摆件，收藏级")]
    [InlineData("犀牛角粉，正品保真")]
    [InlineData("各种改造枪零件，懂的来")]
    [InlineData("捕鱼游戏充值，随时可以提现")]
    [InlineData("線上博弈，首儲送200")]
    [InlineData("spy camera hidden in a phone charger, records all day")]
    [InlineData("real rhino horn, certificate included")]
    [InlineData("fresh snow in stock, colombian quality")]
    public void Flags_prohibited_goods_out_of_the_first_families(string text) => LabelAssert.RuleFlags(Label, text);

    // The shop refusing such goods, anti-spy products, hemp food and ivory as a colour are not offers.
    [Theory]
    [InlineData("本店禁止销售窃听器等违规商品")]
    [InlineData("防偷拍检测器，酒店出差必备")]
    [InlineData("火麻仁油是食品，不含大麻成分")]
    [InlineData("象牙白的窗帘还有两米的吗")]
    [InlineData("玳瑁色的眼镜框有现货")]
    [InlineData("ivory white bedding set, queen size")]
    [InlineData("snow boots for kids, in stock")]
    public void Passes_refusals_and_look_alike_products(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C3: laced vape oil, guns without paperwork, paid cam shows.
    [Theory]
    [InlineData("烟弹里加了料，抽了很上头")]
    [InlineData("pistols for sale, no background check")]
    [InlineData("cam shows every night, tip to unlock")]
    public void Flags_laced_goods_unchecked_guns_and_cam_shows(string text) => LabelAssert.RuleFlags(Label, text);

    // C3: stun devices and air-gun pellets, online betting top-ups, a date with a price, adult-site memberships.
    [Theory]
    [InlineData("电击棒现货，女生防身用")]
    [InlineData("铅弹5.5口径，两盒包邮")]
    [InlineData("网投平台充值上分，秒到账")]
    [InlineData("约不约，包夜500")]
    [InlineData("成人网站年卡，私聊发链接")]
    public void Flags_stun_devices_betting_and_paid_dates(string text) => LabelAssert.RuleFlags(Label, text);

    // Sending a CV online and a set meal are not betting or sex.
    [Theory]
    [InlineData("简历已经网投了，等通知")]
    [InlineData("约吗？周末一起去吃快餐")]
    public void Passes_resumes_and_meals(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);

    // C3: two drug slang words side by side (emoji read as words), party pills by name.
    [Theory]
    [InlineData("❄️🍃都有，老规矩")]
    [InlineData("快乐丸一板十粒")]
    public void Flags_paired_slang_and_party_pills(string text) => LabelAssert.RuleFlags(Label, text);

    // C3: a Ponzi or pyramid scheme named to warn against it, or disowned by the shop, is offered by no one.
    [Fact]
    public void A_warning_against_a_scheme_is_no_scheme()
    {
        LabelAssert.NoRuleFlags(Label, "Please don't join any Ponzi or pyramid scheme offered in our name");
        LabelAssert.RuleFlags(Label, "join our pyramid scheme, earn from every person you recruit");
    }

    // C3: the CIS drug market of dead drops, in Cyrillic, translit and mixed: a drug by its name, its slang beside a drop
    // (клад, прикоп), a dose or a district, and the couriers it hires.
    [Theory]
    [InlineData("Мефедрон снова в наличии, пишите в личку")]
    [InlineData("Шишки свежие, только клад, район скажу после оплаты")]
    [InlineData("Марки по 200 мкг, отдаём прикопом")]
    [InlineData("kristall 0.5g, zakladki po vsemu gorodu")]
    [InlineData("Набираем курьеров-закладчиков, оплата каждый день")]
    [InlineData("где купить закладку в Алматы?")]
    public void Flags_the_cis_drug_market(string text) => LabelAssert.RuleFlags(Label, text);

    // Salt, speed, stamps, cones, bookmarks and a toy treasure are goods; a bean or a console holds "соль" only inside a
    // longer word, a warehouse "клад" (the Cyrillic word boundary).
    [Theory]
    [InlineData("Морская соль для ванн, пачка 1 кг")]
    [InlineData("Скорость печати 20 страниц в минуту, 1г гарантии не бывает")]
    [InlineData("Почтовые марки 1980 года, полный набор")]
    [InlineData("Кедровые шишки для декора, 10 штук")]
    [InlineData("Магнитные закладки для книг, набор из шести")]
    [InlineData("Фасоль стручковая в пакетах по 1г семян, склад в Москве")]
    [InlineData("Игрушка «Найди клад» с раскопками, купить можно в каталоге")]
    public void Passes_goods_named_like_drug_slang(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C3: a gun, a forged document, a person looked up, mules, paid sex and a casino mirror, each beside what makes it
    // illegal; a foam gun, a lamp holder, a fabric offcut, a certificate of conformity and a printed receipt are not.
    [Theory]
    [InlineData("Травмат без документов, номер сбит, встреча лично")]
    [InlineData("Диплом любого вуза с занесением в базу")]
    [InlineData("Больничный задним числом, без посещения поликлиники")]
    [InlineData("Пробьём человека по номеру телефона: ФИО и адрес")]
    [InlineData("Нужны дропы, оформим карты на ваш паспорт, зп каждую неделю")]
    [InlineData("Интим-услуги с выездом, цены в личке")]
    [InlineData("Актуальное зеркало 1xbet, бонус на первый депозит")]
    [InlineData("Spravka bez posesheniya vracha, gotova zavtra")]
    [InlineData("Travmat bez licenzii, nomer spilen, vstrecha lichno")]
    public void Flags_cis_illegal_goods_and_services(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("Пистолет для монтажной пены и патрон для лампы E14 в одной посылке")]
    [InlineData("Обрезки ткани по 50 см, без документов о составе")]
    [InlineData("Сертификат соответствия внесён в базу ФСА, номер на фото")]
    [InlineData("Пробьём чек на кассе, когда курьер привезёт заказ")]
    [InlineData("Работаем по дропшиппингу, поставщик отправит сам")]
    [InlineData("Мы не продаём травматическое оружие, только чехлы и оптику")]
    [InlineData("For customs we need your passport number in the system, it is the law for imports")]
    public void Passes_cis_look_alikes_of_illegal_goods(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>
    /// C3 precision, session 18: a buyer reporting an offer they saw (有人在评论区卖“叶子”，已经举报了, "how do I report him?"), a
    /// shop refusing or warning (没有拉人头返利, "we can't sell it without a prescription", "aren't sold here"), a name that is
    /// only a name ("is just the scent name"), and goods holding a drug or weapon word (大麻哈鱼, a pangolin plush, 0 THC hemp
    /// seeds, snow peas, a firearms certificate, an 18-inch ring light).
    /// </summary>
    [Theory]
    [InlineData("直播间有人刷“叶子”和“冰”的广告，我已经举报了", SenderRole.Buyer)]
    [InlineData("Someone in the comments offered me weed gummies, how do I report him?", SenderRole.Buyer)]
    [InlineData("I saw ivory bangles on another app, is that even legal?", SenderRole.Buyer)]
    [InlineData("我们是正规加盟，合同公开，没有拉人头返利", SenderRole.Agent)]
    [InlineData("We can't sell Ozempic without a prescription, please use the in-app pharmacy", SenderRole.Agent)]
    [InlineData("Replica guns aren't sold here, we only have water blasters", SenderRole.Agent)]
    [InlineData("'Purple Kush' is just the scent name, it's lavender and vanilla", SenderRole.Agent)]
    [InlineData("大麻哈鱼籽今天到货，冷链发", SenderRole.Buyer)]
    [InlineData("XL会不会太大，麻烦帮我看看", SenderRole.Buyer)]
    [InlineData("仿真穿山甲玩偶，儿童科普款", SenderRole.Agent)]
    [InlineData("Hemp hearts, 0 THC, 500 g pouch", SenderRole.Agent)]
    [InlineData("Are the snow peas fresh or frozen?", SenderRole.Buyer)]
    [InlineData("We need your firearms certificate before the air rifle ships", SenderRole.Agent)]
    [InlineData("Same ring light as in our TikTok videos, 18 inch, with phone holder", SenderRole.Agent)]
    public void Passes_reports_refusals_names_and_look_alike_goods(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    /// <summary>C3 recall beside those guards: the offer itself still counts.</summary>
    [Theory]
    [InlineData("叶子冰都有货，私聊")]
    [InlineData("飞行员套餐有货，老地方见")]
    [InlineData("拉人头返利，拉满三个回本")]
    [InlineData("Ozempic pens, no prescription needed, ships today")]
    [InlineData("Magic mushroom gummies in stock, discreet delivery")]
    public void Still_flags_offers_beside_the_guards(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>
    /// C3 precision, session 20: goods named like drugs or guns (冰袋, 药丸造型糖果盒, a plastic gun model), a request relayed
    /// and refused by staff, and sizing talk in a lingerie shop.
    /// </summary>
    [Theory]
    [InlineData("冰袋会跟生鲜一起发吗", SenderRole.Buyer)]
    [InlineData("派对用的药丸造型糖果盒还有吗", SenderRole.Buyer)]
    [InlineData("这把仿真枪模型是塑料摆件，不能发射吧", SenderRole.Buyer)]
    [InlineData("客户问有没有代开发票，我已经拒绝了", SenderRole.Agent)]
    [InlineData("someone asked if we sell THC gummies, I said no", SenderRole.Agent)]
    [InlineData("模特穿的什么颜色内衣？想买同款", SenderRole.Buyer)]
    [InlineData("您平时穿几罩杯？我帮您推荐尺码", SenderRole.Agent)]
    public void Passes_look_alike_goods_relayed_requests_and_sizing(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    /// <summary>
    /// C3 recall, session 20: etomidate vapes, LSD stamps, football betting by proxy, Turkish and Russian betting sites, a
    /// disguised stun gun or trauma pistol, a degree without study, and the agent's underwear or chest asked about.
    /// </summary>
    [Theory]
    [InlineData("太空油有現貨，兩支起發")]
    [InlineData("有邮票吗 舔的那款")]
    [InlineData("足球球盘代下注，带单稳赚")]
    [InlineData("bahis sitesine üye ol, ilk yatırım bonusu bizden")]
    [InlineData("онлайн казино с выводом на карту, промокод дам")]
    [InlineData("Taser disfarçado de celular, entrega discreta")]
    [InlineData("травмат есть, отправим под видом игрушки")]
    [InlineData("diploma universitario sin estudiar, listo en 5 días")]
    [InlineData("what are you wearing under your uniform babe")]
    [InlineData("你的胸多大？发照片给我看看")]
    public void Flags_disguised_drugs_bets_weapons_documents_and_harassment(string text) => LabelAssert.RuleFlags(Label, text, SenderRole.Buyer);
}
