using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4, session 23: money asked off the checkout in the languages of Hong Kong, Taiwan, Southeast Asia, Latin America,
/// the Middle East, Africa and Eastern Europe — a parcel "held" until a tax or fee is paid in the chat, a wallet or bank
/// named with its number or a transfer lead (Vodafone Cash, MPay, моно, 恒生, ゆうちょ), an e-mail address beside a
/// wallet paid by e-mail, cash or a direct deal with the order cancelled, a refund cut by a fee, a code read out to a
/// caller — and the platform's own checkout, refunds, duties and warnings written the same way. Phrased apart from the
/// corpora.
/// </summary>
public class CrossBorderHeldParcelAndWalletPaymentTests
{
    private const string Label = Labels.OffPlatformPayment;

    [Theory]
    [InlineData("【海關通知】閣下包裹被扣留,須於今日內繳付關稅$180方可派送")]
    [InlineData("Correios: sua encomenda foi retida, regularize a taxa de R$ 52,40 hoje")]
    [InlineData("DHL: شحنتك محجوزة في الجمارك لحين دفع ١٢٠ جنيه")]
    [InlineData("Укрпошта: посилку затримано на митниці, сплатіть 90 грн до кінця дня")]
    [InlineData("佐川急便：お荷物を保管中です。再配達には手数料のお支払いが必要です")]
    [InlineData("택배 통관보류 안내: 부가세 21,000원 입금 후 출고됩니다")]
    [InlineData("kiện hàng bị tạm giữ tại kho, anh thanh toán 30.000đ phí lưu kho để giao tiếp")]
    public void A_parcel_held_until_a_fee_is_paid_is_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("您的包裹在海關被扣留了，關稅由我們承擔，您無需支付任何費用")]
    [InlineData("your parcel is held at customs, the duty was already paid at checkout so there is nothing more to pay")]
    [InlineData("seu pedido não foi retido, já está a caminho")]
    [InlineData("如果有人說包裹被扣留要您付款，那是詐騙，請勿理會")]
    public void A_held_parcel_with_the_fee_covered_denied_or_warned_about_is_not(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("حولي على فودافون كاش ٠١٠٩٨٧٦٥٤٣٢ وابعتيلي صورة الإيصال")]
    [InlineData("澳門客直接MPay俾我 6288 1357 就得")]
    [InlineData("скидайте на моно, реквізити в профілі, відправлю сьогодні")]
    [InlineData("過數去恒生 戶口 伍叁貳-壹柒捌玖陸-捌捌壹")]
    [InlineData("みずほ 渋谷支店 普通 3390127 に振り込んでください、注文はキャンセルで大丈夫です")]
    [InlineData("quét mã QR MoMo bên em gửi để cọc trước 200k nha chị")]
    [InlineData("我直接轉數快畀你啦，你俾個FPS ID我")]
    public void A_named_wallet_or_bank_to_pay_into_is_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("個PayPal係 happy.toys.hk@gmail.com,過咗數話我知")]
    [InlineData("付款走Zelle吧 account是 nina.wholesale@outlook.com")]
    public void An_email_address_beside_a_wallet_paid_by_email_is_caught(string text)
    {
        LabelAssert.RuleFlags(Label, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("如有任何問題可以電郵至 support.desk@gmail.com")]
    public void An_email_address_without_a_wallet_is_contact_only(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("我張單用咗轉數快付款,收款人顯示係 HKTVmall Limited,係咪啱?")]
    [InlineData("already paid 咗 via FPS checkout, screenshot 喺上面")]
    [InlineData("如果有人畀個人FPS ID你過數,千祈唔好過,即刻話我哋知")]
    public void The_checkouts_fps_and_a_warning_about_a_personal_id_are_not(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);

    [Theory]
    [InlineData("cancela la orden y te lo paso a buscar, me pagas en efectivo y te sale más barato")]
    [InlineData("الغي الأوردر وادفعلي كاش لما المندوب يوصلك")]
    [InlineData("cancel mo na lang yung order, cash on pickup tayo mamaya")]
    [InlineData("你取消張單啦,聽日見面畀現金就得")]
    [InlineData("直接來門市拿 現金交易 不用在蝦皮結帳")]
    [InlineData("メルカリを通さず直接取引しませんか、手数料かからないので")]
    public void Cash_or_a_direct_deal_with_the_order_cancelled_is_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("zwrot zaakceptowany, ale pobieramy 25 zł opłaty manipulacyjnej")]
    [InlineData("возврат оформим, но удержим 10% комиссию за обработку")]
    [InlineData("환불 시 반품 처리비 3천원 빼고 입금해 드릴게요")]
    public void A_refund_cut_by_a_fee_is_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("您的卡刚被盗刷，唸一下卡片背面三碼，我帮您止付")]
    [InlineData("please send your card number and the 6 digit code we texted you so the refund can go through")]
    [InlineData("麻煩提供卡號和簡訊驗證碼，我們幫您辦理退款")]
    public void The_buyers_card_with_its_code_asked_in_the_chat_is_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("验证码是您账户安全的凭证，请勿告诉任何人，包括客服")]
    [InlineData("we will never ask you to read out a verification code or your card number")]
    [InlineData("【平台通知】請提供簡訊驗證碼以完成登入驗證")]
    public void A_code_never_to_be_shared_or_a_login_code_alone_is_not_a_payment(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("pra confirmar a reserva precisa de um sinal de 80 reais fora do app")]
    [InlineData("ادفع كود فوري ده مش من التطبيق عشان الخصم")]
    [InlineData("faktura przelew na telefon BLIK, szybciej niż przez sklep")]
    [InlineData("kuna ada ya usafirishaji shilingi 700 kabla ya kutuma mzigo")]
    [InlineData("paga con tarjeta de regalo de Steam y me mandas el código")]
    [InlineData("trabalho simples: curte os produtos e ganha comissão, só depositar 50 pra ativar")]
    [InlineData("把那张卡号发给客户，让他去OXXO存钱到这张卡")]
    public void A_payment_off_the_app_in_local_words_is_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("o sinal da reserva é pago no app, no checkout")]
    [InlineData("Sorry po, bawal mag-transfer outside the app, dito lang po tayo mag-checkout")]
    [InlineData("这个客户要IBAN转账，直接拒绝，只能走站内支付")]
    [InlineData("扫图里的码 加我 送运费险")]
    [InlineData("亲，说您账户被冻结要交保证金的短信是假的，平台不会这样通知")]
    public void The_apps_own_flow_a_refusal_or_a_warning_is_not(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("Steam充值卡有100的吗")]
    [InlineData("can i pay for my order partly with gift card balance")]
    [InlineData("warranty card code 4471-0923-1180, where do I register it")]
    [InlineData("someone msgd me saying 'pay via paypal friends & family and get £5 off' — is that u??")]
    public void A_buyer_asking_about_cards_or_quoting_a_scam_is_not(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);
}
