using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class OffPlatformPaymentTests
{
    private const string Label = Labels.OffPlatformPayment;

    [Theory]
    [InlineData("先付300定金，我再给你留货")]
    [InlineData("要先交50元押金才能发货")]
    [InlineData("退款需要缴纳20元手续费")]
    [InlineData("账户被冻结了，充值500解冻")]
    [InlineData("剩下的钱私下给我就行")]
    [InlineData("钱直接转我微信，便宜点")]
    [InlineData("別在平台拍了，私下轉帳更划算")]
    [InlineData("扫码支付，不用下单")]
    [InlineData("转账200，我马上发货")]
    [InlineData("Pay me through Venmo and save 10%")]
    [InlineData("Send it via Western Union please")]
    [InlineData("A $25 unlock fee must be paid before the refund")]
    [InlineData("Please pay the deposit by bank transfer")]
    [InlineData("pay with PayPal friends and family so there are no fees")]
    [InlineData("先打200块定金到我卡上")]
    [InlineData("加我微信付款，给你便宜")]
    [InlineData("您需要先支付100元认证费才能退款")]
    [InlineData("I need a $20 verification fee before I can issue your refund")]
    [InlineData("Pay with Apple gift cards and send me the codes")]
    [InlineData("我发你二维码，扫了付款")]
    public void Flags_payments_outside_checkout(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    [InlineData("平台不收手续费，放心")]
    [InlineData("请不要私下转账，谨防诈骗")]
    [InlineData("运费险是平台的，退货不用您出钱")]
    [InlineData("付款在收银台完成，支持花呗")]
    [InlineData("定金在商品页面支付，尾款在平台付")]
    [InlineData("保证金是商家交给平台的，和您没关系")]
    [InlineData("Payment is handled at checkout, we never ask for transfers")]
    [InlineData("No fees for returns")]
    [InlineData("退款已经原路退回")]
    [InlineData("拍下后平台会冻结货款，确认收货后才到我们账上")]
    [InlineData("保证金我们已经在平台交了")]
    [InlineData("退款会退回您付款时用的支付宝账户，不用另外提供账号")]
    [InlineData("二维码扫不出来，是不是坏了")]
    [InlineData("保修卡上的二维码扫了没反应")]
    [InlineData("包装上的二维码是防伪码，扫了能查真伪")]
    public void Passes_in_platform_payment_talk(string text) => LabelAssert.DoesNotFlag(Label, text);

    // C4: prepaid point cards, transfer to a bank account of the shop's, a buyer paying the shop by IM transfer.
    [Theory]
    [InlineData("用超商點數卡付也可以，拍卡號給我")]
    [InlineData("please wire the full amount to our bank account today")]
    [InlineData("請到ATM匯款到這個帳號")]
    public void Flags_payment_outside_checkout(string text) => LabelAssert.RuleFlags(Label, text);

    [Fact]
    public void Flags_a_buyer_paying_the_shop_by_im_transfer() =>
        LabelAssert.RuleFlags(Label, "我支付宝转你吧，不用拍了", SenderRole.Buyer);

    // The app's own gift card or store credit is spent at checkout; a refund goes to the buyer's own account.
    [Theory]
    [InlineData("can I redeem a gift card from the app on this order?")]
    [InlineData("the refund will be sent to your bank account in 3 days")]
    public void Passes_in_app_credit_and_refunds(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C4: paying on another marketplace instead of this order.
    [Fact]
    public void Flags_paying_on_another_marketplace() => LabelAssert.RuleFlags(Label, "拼多多那边付款也可以，我改个价");

    // C4: duties and joining fees demanded by the shop, a refund held until the buyer pays or joins.
    [Theory]
    [InlineData("包裹被扣了，先交关税300才能放行")]
    [InlineData("做任务要先交入会费20")]
    [InlineData("需要充值会员才能退款给您")]
    public void Flags_duties_joining_fees_and_paid_refunds(string text) => LabelAssert.RuleFlags(Label, text);

    // Duties the platform collects, and a refund after the goods come back, are not such demands.
    [Theory]
    [InlineData("关税已含在价格里，由平台代缴，不用另外付")]
    [InlineData("商品寄回仓库签收后才能退款哦")]
    public void Passes_collected_duties_and_refund_steps(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C4 and C1: money asked into the shop's own QR code, bank account or wallet hands the buyer that account.
    [Theory]
    [InlineData("尾款扫我这个收款码付吧")]
    [InlineData("定金打到我工行卡上就行")]
    [InlineData("wire the deposit to my bank account, it's quicker")]
    public void Flags_a_payment_account_off_the_platform_as_contact_too(string text)
    {
        LabelAssert.RuleFlags(Label, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    // A fee the platform never charges names no account: C4 only.
    [Theory]
    [InlineData("退款要先扣20元手续费哦")]
    [InlineData("用京东E卡付也行，把卡密发我")]
    public void Flags_fees_and_gift_cards_as_payment_only(string text)
    {
        LabelAssert.RuleFlags(Label, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    // C4 precision: a channel or fee named as an option of the platform's own checkout or refund moves no money off it,
    // nor does a buyer asking which methods the checkout takes or checking that none other will be asked.
    [Theory]
    [InlineData("you can pick pay on delivery and pay with M-Pesa when the rider hands it over", SenderRole.Agent)]
    [InlineData("orders paid with wallet balance are refunded to the same wallet within a day", SenderRole.Agent)]
    [InlineData("Does the shop take bank transfer? Asking before I place the order", SenderRole.Buyer)]
    [InlineData("Can I pay using Zelle or only cards?", SenderRole.Buyer)]
    [InlineData("you won't ask me to pay a deposit by Venmo later, will you?", SenderRole.Buyer)]
    [InlineData("At checkout you can pick MoMo, card or bank transfer, whichever suits you", SenderRole.Agent)]
    [InlineData("We take bank transfer, OPay or card, all at checkout", SenderRole.Agent)]
    public void A_checkout_option_is_no_payment_off_the_platform(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Label, text, role);

    // The same channels with the money sent to the shop, or the checkout skipped, stay caught.
    [Theory]
    [InlineData("skip the checkout and send it on Zelle, I'll knock five off")]
    [InlineData("send the balance to my M-Pesa 0722 410 338, then I dispatch")]
    [InlineData("cancel the order and pay me by bank transfer instead")]
    [InlineData("the deposit goes by Venmo to me first, then I ship")]
    [InlineData("pay via mobile money to 0244 987 654 first, then I release the parcel")]
    [InlineData("send the money to my Airtel Money and I deliver tomorrow")]
    public void A_channel_the_shop_asks_for_stays_caught(string text) => LabelAssert.RuleFlags(Label, text);

    // C4 precision: goods named after a channel, and a code bought here as goods, are no payment.
    [Theory]
    [InlineData("the Bitcoin logo hoodie runs small, size up", SenderRole.Agent)]
    [InlineData("are the crypto cufflinks solid silver or plated?", SenderRole.Buyer)]
    [InlineData("a Venmo card fits the front slot of this wallet", SenderRole.Agent)]
    [InlineData("is the crypto trading course updated for this year?", SenderRole.Buyer)]
    [InlineData("the Xbox gift card code I bought here won't redeem", SenderRole.Buyer)]
    [InlineData("平台的礼品卡余额可以在结算页直接抵扣吗", SenderRole.Buyer)]
    public void Goods_named_after_a_channel_are_no_payment(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Label, text, role);

    [Theory]
    [InlineData("pay with bitcoin and I'll ship it today")]
    [InlineData("the cufflinks are yours, pay with crypto and I'll post them tonight")]
    [InlineData("buy a Steam card and send me the code, that's the payment")]
    public void A_channel_or_card_as_the_payment_stays_caught(string text) => LabelAssert.RuleFlags(Label, text);

    // C4/C1: a refusal over a list of channels, a warning that disowns an ask, and a buyer's report of a stranger's ask.
    [Theory]
    [InlineData("sorry, we don't accept PayPal, Venmo or wire transfers, the cart is the only way to pay", SenderRole.Agent)]
    [InlineData("Anyone asking you to pay by Cash App or crypto for our goods is not from us", SenderRole.Agent)]
    [InlineData("the seller of a copycat listing wanted USDT for the same phone, thought you should know", SenderRole.Buyer)]
    [InlineData("之前有个卖家让我扫码付款，我没加他", SenderRole.Buyer)]
    [InlineData("zelle? no, we never ask for that. checkout in the app is the only way", SenderRole.Agent)]
    [InlineData("Hindi po kami yan. Walang verification fee sa amin, order page lang po", SenderRole.Agent)]
    public void A_warning_or_report_names_a_channel_without_asking(string text, SenderRole role)
    {
        LabelAssert.NoRuleFlags(Label, text, role);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);
    }

    // C4 precision: gift cards sold as goods, and a voucher entered on the platform's payment page, are no card asked as payment.
    [Theory]
    [InlineData("Gift voucher code: enter it on the payment page before you confirm", SenderRole.Agent)]
    [InlineData("Do you sell iTunes gift cards? I want to buy one for my niece", SenderRole.Buyer)]
    [InlineData("I got a gift voucher for my birthday, can I use the voucher code on this?", SenderRole.Buyer)]
    public void Gift_cards_as_goods_or_at_the_payment_page_are_no_payment(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Label, text, role);

    // C4 with C1: a bank account in its national format handed over to be paid into (IBAN, CLABE, a CPF as Pix key), and
    // the instant-payment apps of Latin America and Europe with a number or a lead after them.
    [Theory]
    [InlineData("para apartarlo haz la transferencia a la cuenta ES91 2100 0418 4502 0005 1332 y te lo envío")]
    [InlineData("przelew na PL61 1090 1014 0000 0712 1981 2874, wysyłka jutro")]
    [InlineData("Pix pra mim: 529.982.247-25, aí eu despacho hoje")]
    [InlineData("depósito por SPEI a 002180012345678919 y te lo mando")]
    [InlineData("Bizum al 612 345 978 y te lo reservo")]
    [InlineData("seedha bhej do kirana.store22@okaxis pe, phir dispatch")]
    public void A_national_account_or_instant_payment_app_is_payment_off_the_platform(string text)
    {
        LabelAssert.RuleFlags(Label, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    // C4: the app asked for with no account after it is a payment off the platform (the account, when given, is C1 too).
    [Theory]
    [InlineData("hazme un bizum y mañana sale")]
    [InlineData("paga con Satispay e te lo spedisco subito")]
    [InlineData("me faz um pix que eu já separo o seu")]
    [InlineData("give me the BLIK code and I send the parcel today")]
    [InlineData("please send with PayPal as gift, so no fees for both")]
    [InlineData("Cash bei Abholung geht auch, dann ohne Gebühren")]
    public void An_instant_payment_app_asked_for_is_payment_off_the_platform(string text) => LabelAssert.RuleFlags(Label, text);

    // C4 precision: a buyer's own account for a refund, a shop's warning, pictures called "pix", an 18-digit order number.
    [Theory]
    [InlineData("for the refund please use my IBAN DE89 3704 0044 0532 0130 00", SenderRole.Buyer)]
    [InlineData("Nunca pedimos pagos por Bizum ni transferencia fuera de la app, paga solo en la aplicación", SenderRole.Agent)]
    [InlineData("can you send me more pix of the jacket, front and back?", SenderRole.Buyer)]
    [InlineData("tu pedido 200918273645546372 ya salió del almacén", SenderRole.Agent)]
    [InlineData("can I pay with BLIK at checkout or only card?", SenderRole.Buyer)]
    [InlineData("the refund can come to my UPI ravi.k92@ybl if the card one fails", SenderRole.Buyer)]
    [InlineData("tag us @upi_deals_official in your unboxing video", SenderRole.Agent)]
    public void Accounts_and_app_names_that_ask_no_payment_stay_clean(string text, SenderRole role)
    {
        LabelAssert.NoRuleFlags(Label, text, role);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);
    }

    // C4 with C1: a bank card number the message asks money onto, in digits, full-width or Chinese numerals.
    [Theory]
    [InlineData("货款汇到这张卡就行 6222 0212 3456 7890 123（工行 王某）")]
    [InlineData("卡號 六二二八四八零零幺二三四五六七八九 轉這裡")]
    [InlineData("transfer to card 4532 0151 1283 0366 and I post it today")]
    public void A_card_number_asked_to_be_paid_onto_is_payment_off_the_platform(string text)
    {
        LabelAssert.RuleFlags(Label, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    // C4 precision: a card number with no transfer asked onto it is C1 alone; a buyer's own card for a refund is not C4.
    [Theory]
    [InlineData("卡号 6222 0212 3456 7890 123 是我常用的那张，收到货了", SenderRole.Buyer)]
    [InlineData("退款退到我这张卡 6222 0212 3456 7890 123 吧，转账也行", SenderRole.Buyer)]
    public void A_card_number_without_a_transfer_onto_it_is_no_payment(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);

    // C4 by family, worldwide: remittance services, card-to-card in the CIS, a fee outside the order paid to a person,
    // a discount for paying directly, an over-credit to send back, a "safe account", repaying the shop on a wallet, cash at
    // collection with the order cancelled, "revolut me".
    [Theory]
    [InlineData("kindly remit through MoneyGram, receiver name I give you after")]
    [InlineData("переведите на карту Тинькофф, номер дам в личке")]
    [InlineData("скинь на каспи голд по номеру телефона")]
    [InlineData("номер карты скину, оплата переводом")]
    [InlineData("perevod na kartu monobank, tak bystree")]
    [InlineData("the engraving is £8 more, not in the listing, pay it to me by bank")]
    [InlineData("考试费另外交300，直接转给班主任")]
    [InlineData("you save 12% when paid directly to our account")]
    [InlineData("pagar por fora sai mais barato pra você")]
    [InlineData("we overpaid your refund by mistake, please transfer back the difference today")]
    [InlineData("your card is compromised, move the money to a safe account now")]
    [InlineData("运费我先帮您垫了，回头还到我微信就行")]
    [InlineData("cash when you collect is fine by me, just cancel the order on your side")]
    [InlineData("revolut me the 40 and it's yours")]
    public void Payment_families_outside_the_checkout_are_caught(string text) => LabelAssert.RuleFlags(Label, text);

    // C4 precision: the same words around the platform's own checkout, a refusal, a warning, a gift card sold as goods.
    [Theory]
    [InlineData("退款不需要您提供银行卡密码，也不会让您转账", SenderRole.Agent)]
    [InlineData("MoneyGram and Western Union are not accepted here, only the checkout", SenderRole.Agent)]
    [InlineData("Kaspi Gold можно выбрать при оформлении заказа в приложении", SenderRole.Agent)]
    [InlineData("на карту ничего переводить не нужно, оплата только на сайте", SenderRole.Agent)]
    [InlineData("engraving is an add-on in the listing, pick it before you pay", SenderRole.Agent)]
    [InlineData("pay directly in the app and the 10% voucher applies", SenderRole.Agent)]
    [InlineData("do you sell steam gift cards? I need a 20 dollar one", SenderRole.Buyer)]
    [InlineData("the refund is the full amount, nothing to pay outside checkout", SenderRole.Agent)]
    [InlineData("cash on delivery is offered at checkout, and you can cancel the order until it ships", SenderRole.Agent)]
    public void Payment_look_alikes_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Label, text, role);
}
