using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class ContactDiversionTests
{
    private const string Label = Labels.ContactDiversion;

    [Theory]
    // IM handles after a cue word, in many spellings
    [InlineData("有事加我微信 zhang_san99 聊")]
    [InlineData("薇信：meimei2025")]
    [InlineData("VX号是 kk88shop")]
    [InlineData("wx: shoes_outlet")]
    [InlineData("我的扣扣是 1234567890")]
    [InlineData("QQ 1 2 3 4 5 6 7 8 9 有图")]
    [InlineData("企鵝：88776655")]
    [InlineData("my wechat id: cindy_0712")]
    [InlineData("Telegram: @bestprice_store")]
    [InlineData("find me on insta, ig: glow.beauty_22")]
    [InlineData("LINE：shop_tw888 加我")]
    [InlineData("v：hello_kitty520")]
    [InlineData("加 V 一 下 abc778899")]
    [InlineData("加我威信，给你看实物")]
    [InlineData("能不能加个QQ详细聊？")]
    [InlineData("Add me on WhatsApp for the full catalogue")]
    [InlineData("DM me on Telegram, cheaper there")]
    // evasions: full width, zero width, homoglyphs, spaced characters
    [InlineData("ｗｅｃｈａｔ：ｍｉｋｉ２０２０")]
    [InlineData("微\u200B信\u200B号 jj\u200B520")]
    [InlineData("wеchаt: sunny_77")]
    [InlineData("微 信 号 coco1998")]
    // phone numbers
    [InlineData("手机13800138000")]
    [InlineData("call me +1 415 555 0199")]
    [InlineData("打 186 1234 5678 找小王")]
    [InlineData("电话一五九 八七六五 四三二一")]
    [InlineData("号码：壹伍捌 贰贰贰贰 叁叁叁叁")]
    [InlineData("⑬⑤ is not a phone but 1③8②②②②③③③③ is")]
    [InlineData("联系电话 021-6555 8888")]
    [InlineData("+852 9123 4567 whatsapp")]
    // links, domains, shorteners, IPs
    [InlineData("更多款式看 www.cheap-bags.net")]
    [InlineData("下单地址 shop点lucky-mall点cn")]
    [InlineData("go to hxxps://my-outlet[.]com/sale")]
    [InlineData("link: tinyurl.com/abc123")]
    [InlineData("打开 http://45.67.89.10:8080/pay 付款")]
    [InlineData("淘口令在这 t.cn/A6xYz")]
    [InlineData("join t.me/cheapdeals")]
    // every dot spelling, where a cheap check decides whether the address patterns run at all (cost, issue 16)
    [InlineData("官网 luckymall句号com 下单")]
    [InlineData("官网 luckymall 句号 com 下单")]
    [InlineData("看这里 luckymall[dot]com")]
    [InlineData("看这里 luckymall{dot}com")]
    [InlineData("see luckymall dot com for more")]
    [InlineData("下单 luckymall(.)com")]
    [InlineData("下单 luckymall。com")]
    [InlineData("服务器 103.45.67.201 直接访问")]
    // e-mail
    [InlineData("发到 kevin.li@gmail.com 吧")]
    [InlineData("mail me: sales (at) outlet-store (dot) com")]
    [InlineData("邮箱 abc123 艾特 163 点 com")]
    // bank cards, payment accounts, wallets
    [InlineData("打到这张卡 6222 0212 3456 7890 128")]
    [InlineData("card number 4111 1111 1111 1111 works")]
    [InlineData("付款到钱包 0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("留一下你的支付宝账号，我转给你")]
    [InlineData("Please send me your PayPal account")]
    // other platforms, stores, QR codes
    [InlineData("我们闲鱼也有卖，去那边拍便宜")]
    [InlineData("同款去我淘宝店买，搜“小熊家”")]
    [InlineData("Cheaper on our website, just order there")]
    [InlineData("门店在上海市徐汇区漕溪北路88号3楼，可以来店自取")]
    [InlineData("扫这个二维码加好友，发你优惠")]
    [InlineData("vx同手机号，直接搜")]
    [InlineData("扣扣群 735512908 里有更多款")]
    [InlineData("把你的手机号发我，我让师傅联系你")]
    [InlineData("我们在拼夕夕也有店，那边便宜")]
    [InlineData("來我們蝦皮賣場買比較便宜")]
    [InlineData("私信我发你链接 shorturl.at/abcde")]
    [InlineData("加我飛機 @kecheng_tw")]
    [InlineData("看我简介里的联系方式，私下聊")]
    [InlineData("DM me on insta @shopwithamy_")]
    [InlineData("Text me at (415) 555-0123")]
    [InlineData("Visit our store at 25 Main Street, Springfield for cheaper prices")]
    [InlineData("Scan the QR code in my profile to join our group")]
    [InlineData("我們的LINE官方帳號 @shoptw 歡迎加入")]
    [InlineData("Message me on Snapchat: kicks.plug22")]
    [InlineData("Q聊吧 287654321")]
    [InlineData("q聊 二八七六五四三二一")]
    public void Flags_contact_details_and_diversion(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    // order, tracking, model numbers, prices, dates, codes
    [InlineData("订单号 3712984561239845，已经加急")]
    [InlineData("韵达快递 4312345678901 明天到")]
    [InlineData("单号：JD0098765432112")]
    [InlineData("tracking 1Z999AA10123456784")]
    [InlineData("两件一共138元，三件188")]
    [InlineData("活动时间 2025-11-11 00:00 到 2025-11-12 23:59")]
    [InlineData("收货人 李**，手机 139****1234")]
    [InlineData("取件码 5-2-3011，记得去拿")]
    [InlineData("型号 KD-65X9000H 的遥控器")]
    [InlineData("价格 12999 元，支持分期")]
    [InlineData("尺码 170/88A 和 175/92A 都有")]
    [InlineData("版本 1.2.3.4 已经更新")]
    // mentions without contact details, refusals, platform links
    [InlineData("抱歉亲，平台不允许加微信，这里就可以沟通")]
    [InlineData("We can't move to WhatsApp, sorry — let's keep chatting here")]
    [InlineData("支持微信支付和支付宝，在收银台选就行")]
    [InlineData("这个QQ糖是草莓味的")]
    [InlineData("企鹅抱枕有两种颜色")]
    [InlineData("这款是V领，比圆领显瘦")]
    [InlineData("The neckline has a line of sequins")]
    [InlineData("店铺首页 https://www.douyin.com/user/abc 可以看到更多")]
    [InlineData("商品链接 https://haohuo.jinritemai.com/item?id=3488")]
    [InlineData("我们没有实体店，只在抖音卖")]
    [InlineData("说明书上有二维码，扫码验真伪")]
    [InlineData("请在订单里填写收货地址")]
    [InlineData("淘宝上的同款质量不好吗？我想比较一下")]
    [InlineData("平台不让留联系方式，有事在这里说")]
    [InlineData("快递员会打您电话，请保持畅通")]
    [InlineData("WeChat Pay is supported at checkout")]
    [InlineData("line的长度是2米，适合挂窗帘")]
    [InlineData("Can you check the tracking number 9261290100130435082465?")]
    [InlineData("亲，您的验证码不要告诉任何人")]
    [InlineData("The QR code on the box is for warranty registration")]
    [InlineData("Our store hours are 9am to 6pm")]
    [InlineData("You can reach our support team right here in this chat")]
    public void Passes_shop_talk(string text) => LabelAssert.DoesNotFlag(Label, text);

    [Fact]
    public void Masks_the_handle_where_it_was_typed()
    {
        const string text = "加我ｖｘ：ａｂｃ１２３ 谢谢";
        var verdict = LabelAssert.Pipeline.Scan(text);
        Assert.Contains(Label, verdict.Labels);
        Assert.DoesNotContain("ａｂｃ１２３", verdict.Masked);
        Assert.EndsWith(" 谢谢", verdict.Masked);
    }

    [Fact]
    public void Profile_allowlist_decides_which_links_are_the_platforms_own()
    {
        var verdict = LabelAssert.Pipeline.Scan("看这里 https://www.douyin.com/goods/1", "feige");
        Assert.DoesNotContain(Label, verdict.Labels);
        verdict = LabelAssert.Pipeline.Scan("看这里 https://douyin.com.evil-shop.cn/goods/1", "feige");
        Assert.Contains(Label, verdict.Labels);
    }

    // C1: a platform's help-centre host is the platform's own page (profile allowlist); a look-alike host is not.
    [Theory]
    [InlineData("the return policy is here: help.shopee.ph/portal/article/72110", false)]
    [InlineData("more about Purchase Protection at https://help.etsy.com/hc/en-us if you want to read it", false)]
    [InlineData("refund form here: help.shopee.ph.refund-desk.top/claim", true)]
    [InlineData("claim your refund at shopee-help-ph.com/claim", true)]
    public void Platform_help_pages_are_the_platforms_own(string text, bool flagged)
    {
        var verdict = LabelAssert.Pipeline.Scan(text, "feige");
        Assert.Equal(flagged, verdict.Labels.Contains(Label));
    }

    // C1: "policy at host/path" is a web address after the word "at", not a spelled-out e-mail: judged as a link.
    [Theory]
    [InlineData("full seller policy at seller-us.tiktok.com/university if u want to read", false)]
    [InlineData("the whole catalogue at lily-deals-shop.com/catalog, order there", true)]
    [InlineData("write to anna at bellashop.com for the wholesale price list", true)]
    public void A_spelled_at_before_a_path_is_read_as_a_link(string text, bool flagged)
    {
        var verdict = LabelAssert.Pipeline.Scan(text, "feige");
        Assert.Equal(flagged, verdict.Labels.Contains(Label));
    }

    // C1: a short cue, a particle or two, then the number in numerals (the folded view reads them as digits).
    [Theory]
    [InlineData("来扣扣聊呗 七七六五四三二八九")]
    [InlineData("我们v聊吧，幺五八二二四四六六七七")]
    [InlineData("群号是 五五六七八一二三九")]
    public void Flags_numerals_after_a_short_cue(string text) => LabelAssert.RuleFlags(Label, text);

    // C1: an e-mail address spelled with " dot " (spaces and all) is an address.
    [Theory]
    [InlineData("资料发到 linda_88@126 dot com 就行")]
    [InlineData("write to sales01@qq dot com for the price list")]
    public void Flags_email_spelled_with_dot(string text) => LabelAssert.RuleFlags(Label, text);

    // C1: "me at x.y" reads like a spelled-out address and is rejected (no real top-level domain); the real address
    // right after it is still found, and masked whole.
    [Theory]
    [InlineData("ping me at jo.nas77@outlook.com tomorrow", "jo.nas77@outlook.com")]
    [InlineData("reach us at sales.team@yahoo.co.uk for the catalogue", "sales.team@yahoo.co.uk")]
    public void A_rejected_spelled_address_does_not_hide_the_real_one(string text, string address)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.Contains(verdict.Findings, f => f.Label == Label && f.Detail == "email");
        Assert.DoesNotContain(address, verdict.Masked);
    }

    // C1: a warehouse or factory address offered for pickup or a visit, with no shop word before it.
    [Theory]
    [InlineData("大货可以直接去工厂拿货，温州市瓯海区娄桥工业区88号")]
    [InlineData("周末可以过来仓库看样，苏州市吴中区木渎镇金桥路6号")]
    [InlineData("you can pick it up at our warehouse, 15 Harbour Road")]
    public void Flags_pickup_at_a_warehouse_address(string text) => LabelAssert.RuleFlags(Label, text);

    // A return address is after-sales on the platform's order; a warehouse location without an address is a shipping fact.
    [Theory]
    [InlineData("退货请寄回我们仓库：宁波市鄞州区天童南路20号，备注订单号")]
    [InlineData("我们仓库在杭州，下午五点前的单当天发")]
    [InlineData("本店不支持仓库自提，只能平台发货")]
    public void Passes_return_addresses_and_warehouse_facts(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C1 concerns moving the sale off the platform: a buyer fixing their own number for delivery keeps it on.
    [Theory]
    [InlineData("收货人手机号填错了一位，应该是13922334455")]
    [InlineData("快递联系不上我的话，我的新号码是18600112233，麻烦备注")]
    [InlineData("sorry the phone on my delivery address is wrong, it should be 415 555 0142")]
    public void Passes_a_buyer_correcting_their_delivery_number(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);

    // The same number from the shop, or from a buyer who invites contact elsewhere, is a contact detail.
    [Fact]
    public void Flags_a_delivery_number_from_the_shop_or_with_an_invitation()
    {
        LabelAssert.RuleFlags(Label, "收货电话写错了，改成13922334455", SenderRole.Agent);
        LabelAssert.RuleFlags(Label, "收货电话写错了，改成13922334455，有事加我微信", SenderRole.Buyer);
    }

    // An app named as a product feature (LINE 的 notification) gives no account: a particle introduces nothing.
    [Theory]
    [InlineData("这款手表能显示 LINE 的 notification 吗")]
    [InlineData("WhatsApp 的 messages 会震动提醒吗")]
    public void Passes_an_app_named_as_a_feature(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);

    // C1: a buyer asking for the shop's number to buy outside the platform.
    [Fact]
    public void Flags_asking_for_a_phone_to_buy_directly() =>
        LabelAssert.RuleFlags(Label, "给个手机吧，以后直接找你买", SenderRole.Buyer);

    // C1: pointing at the profile or signature, an official account found by search, an @handle with dots, a shop
    // elsewhere reached by "走", a buyer asking for the number to pay cash.
    [Theory]
    [InlineData("具体联系方式看我签名哈")]
    [InlineData("my number is in my bio, text me")]
    [InlineData("关注我们的视频号，搜“阿花手作”")]
    [InlineData("ins：@shop.by.lena")]
    [InlineData("以后走淘宝拍，链接私发你")]
    public void Flags_pointers_to_an_account_elsewhere(string text) => LabelAssert.RuleFlags(Label, text);

    [Fact]
    public void Flags_a_buyer_asking_for_the_number_to_pay_cash() =>
        LabelAssert.RuleFlags(Label, "tell me your number, I can pay cash", SenderRole.Buyer);

    // A courier sharing a platform's name is shipping; the platform's own search is where to buy.
    [Theory]
    [InlineData("我们走京东物流，下单后次日达")]
    [InlineData("这款手表能接收微信消息，签名档可以自己改")]
    public void Passes_courier_names_and_product_features(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C1: paying on another platform moves the sale there; a platform's gift card as the means is C4's matter.
    [Fact]
    public void Flags_paying_on_another_platform()
    {
        LabelAssert.RuleFlags(Label, "小红书付款也行，我那边上架");
        LabelAssert.NoRuleFlags(Label, "能用京东购物卡付吗，我这边还有余额");
    }

    // Where a buyer bought before, and the e-mail the buyer left on the order, move nothing off the platform.
    [Theory]
    [InlineData("之前在京东买过一次，这回在你们这儿拍")]
    [InlineData("电子发票发送到您订单预留的邮箱，请查收")]
    public void Passes_purchase_history_and_order_records(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C1 precision: a model, part or serial number is the product's own, even with a mobile's or a card's digits (an IMEI
    // passes the card checksum), and 号码 closing an order or tracking reference names that reference.
    [Theory]
    [InlineData("型号 15912345678 的替换刷头有现货吗", SenderRole.Buyer)]
    [InlineData("直播间3号链接，款号 13698765432，颜色有黑白两种", SenderRole.Agent)]
    [InlineData("帮我看下串号 352099001761481 是不是国行", SenderRole.Buyer)]
    [InlineData("the serial on the receipt is 490154203237518 and the sticker on the box matches it", SenderRole.Buyer)]
    [InlineData("運單號碼 7702-3318-560，麻煩幫我催一下", SenderRole.Buyer)]
    public void A_model_or_serial_number_is_no_contact_detail(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Label, text, role);

    // Beside a contact cue, or with money talk, the same digits are a phone or a card again.
    [Theory]
    [InlineData("型号 15912345678，有问题加我微信", SenderRole.Agent)]
    [InlineData("款号 13698765432 也是我电话，直接打", SenderRole.Agent)]
    [InlineData("串号 6222021234567890128，货款转这张卡", SenderRole.Agent)]
    [InlineData("手机号码 0755 8812 3456 白天都在", SenderRole.Agent)]
    public void A_reference_beside_a_contact_or_money_cue_stays_caught(string text, SenderRole role) =>
        LabelAssert.RuleFlags(Label, text, role);

    // C1 precision: after an app's name and "is", a word ending in -ing says what happens there, not whose account it is.
    [Theory]
    [InlineData("a page on Facebook is offering your candles at half price, is that yours?", SenderRole.Buyer)]
    [InlineData("WhatsApp is ringing nonstop with fake delivery messages, are these yours?", SenderRole.Buyer)]
    public void An_app_doing_something_names_no_account(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    [Fact]
    public void An_account_after_an_app_stays_caught() => LabelAssert.RuleFlags(Label, "my telegram is shopdeals_88, message there");

    // C1 precision: a wallet named as a device's feature, how fast a refund by an app arrives, and the platform's own wallet
    // where a refund lands give no account.
    [Theory]
    [InlineData("Does the watch support GCash tap-to-pay?", SenderRole.Buyer)]
    [InlineData("Refunds go to the original method: PayPal is normally instant, cards take a few days", SenderRole.Agent)]
    [InlineData("Your refund lands in your Shopee Pay wallet by tomorrow", SenderRole.Agent)]
    public void A_wallet_as_a_feature_or_refund_route_names_no_account(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    [Theory]
    [InlineData("paypal me at shopdeals_88 and I ship")]
    [InlineData("gcash me at kefu_221 then I send it")]
    public void A_wallet_account_stays_caught(string text) => LabelAssert.RuleFlags(Label, text);

    // C1: a number read out in Spanish, Portuguese, romanized Hindi or Swahili words, wholly or mixed with digits.
    [Theory]
    [InlineData("escríbeme mejor: nueve uno tres, cuatro cuatro siete, ocho dos cero seis")]
    [InlineData("me chama lá: nove oito sete dois, um três cinco, quatro seis zero")]
    [InlineData("bhai yeh lo: nau aath do ek, saat saat paanch, chhe teen")]
    [InlineData("nipigie: sifuri saba moja tano, nane tatu, tisa mbili sita")]
    [InlineData("apunta 55 cuatro-ocho-siete-uno 2 nueve 06")]
    public void A_number_read_out_in_other_languages_is_a_phone(string text) => LabelAssert.RuleFlags(Label, text);

    // C1: the sender declares the digits reversed, or a phone dressed as a reference.
    [Theory]
    [InlineData("my cell is typed backwards so the filter misses it: 7613 842 9150")]
    [InlineData("mi celular al revés para que no lo borren: 4378 221 955")]
    [InlineData("ref 612 884 073 (that's actually my cell, not an order)")]
    [InlineData("快递单号 5530 2218 907，其实是我电话")]
    public void A_number_declared_reversed_or_disguised_is_a_phone(string text) => LabelAssert.RuleFlags(Label, text);

    // C1 precision: number words in a sentence, a reference said to be printed backwards, a reference denied for another.
    [Theory]
    [InlineData("quiero dos camisetas talla M y seis pares de calcetines, ¿llegan en tres días?", SenderRole.Buyer)]
    [InlineData("o prazo é de sete a nove dias úteis, pedido 48213377", SenderRole.Agent)]
    [InlineData("the serial number is printed backwards on the sticker: 4821 9937 10, is that normal?", SenderRole.Buyer)]
    [InlineData("that's not a tracking number, it's the order ID 5521 8830 1942", SenderRole.Agent)]
    [InlineData("bhai do din mein dispatch hoga, order 4410 2290 37", SenderRole.Agent)]
    public void Number_words_and_references_that_are_no_phone_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    // C1: WhatsApp by its Latin American nicknames and "my number" in European languages, before a national number.
    [Theory]
    [InlineData("mi whats es 55 3412 8890, escríbeme ahí")]
    [InlineData("me chama no zap 21 99876 5432")]
    [InlineData("il mio numero è 347 123 4567, scrivimi")]
    [InlineData("mój numer 512 334 871, zadzwoń po 18")]
    [InlineData("for more models my number is in the photo, send message there")]
    [InlineData("el número está en la foto, escríbeme")]
    public void A_national_number_after_a_nickname_or_my_number_is_a_phone(string text) => LabelAssert.RuleFlags(Label, text);

    // C1 precision: the same nicknames as words, the TV as "tele" before a price.
    [Theory]
    [InlineData("zap the mosquitoes with this lamp, 2 for 1999", SenderRole.Agent)]
    [InlineData("te mando un wasap mañana con las fotos", SenderRole.Buyer)]
    [InlineData("la tele de 55 pulgadas cuesta 1.899.900 con envío", SenderRole.Agent)]
    public void Nicknames_used_as_words_give_no_number(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    // C1: a shortener spelled apart with a path after it, and an app account spelled as the shop's name plus a suffix.
    [Theory]
    [InlineData("all colours here: bit. ly/ k9shoes2 , cheaper")]
    [InlineData("join the channel t . me / outlet_deals_eu")]
    [InlineData("our insta = the store name plus _shop at the end, we answer faster there")]
    [InlineData("ring us on 1800 SOFA 4U and we beat the app price")]
    [InlineData("call 1-800-GET-DEAL for the bundle")]
    public void A_spaced_shortener_or_a_handle_made_of_the_shop_name_is_contact(string text) => LabelAssert.RuleFlags(Label, text);

    // C1 precision: a sentence ending before a word that is also a top-level domain, and the shop's name in a bank memo.
    [Theory]
    [InlineData("loved it. me and my sister both ordered / thanks", SenderRole.Buyer)]
    [InlineData("please put the shop name plus your order number in the payment note at checkout", SenderRole.Agent)]
    [InlineData("the motor runs at 1800 RPM, call it quiet", SenderRole.Agent)]
    public void Dots_and_shop_names_that_give_no_address_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);
}
