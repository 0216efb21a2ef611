using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 24 (C4): payment asked around the checkout as cross-border and live-commerce shops write it — a
/// convenience-store code the shop hands out itself, its own code to scan, a red packet in dialect, a boleto in the
/// seller's name, a private bank account in Bahasa, PromptPay or M-Pesa to the shop, a fee invented before dispatch in
/// Turkish, Russian or Japanese, "cancel and pay me directly", a refund held until the buyer "upgrades", instalments
/// "cancelled" in online banking, orders "boosted" for a rebate. Beside each, the look-alike that stays clean: the
/// checkout's own code, virtual account and wallets, a watch that scans to pay, a payment already made on the order, a
/// complaint forwarded to the speaker, two wallets compared, a transfer refused, a buyer quoting what they refused.
/// Phrased apart from the corpora.
/// </summary>
public class LocalPaymentAskTests
{
    [Theory]
    [InlineData("超商代碼我這邊另外給你，不是蝦皮的，繳完就寄")]
    [InlineData("取貨付款有問題，請改用超商代碼繳費給專員")]
    [InlineData("扫我的码付吧，省得平台扣点")]
    [InlineData("你给我发个红包就中，俺这边直接发货")]
    [InlineData("帮店铺冲一下销量 你先拍 俺微信返你本金再加五块")]
    [InlineData("te passo o boleto no meu nome, paga e eu envio hoje")]
    [InlineData("transfer ke rekening pribadi saya aja kak, lebih cepat")]
    [InlineData("โอนเข้าพร้อมเพย์ของร้านได้เลยค่ะ")]
    [InlineData("lipa kwa M-Pesa namba yangu 0722 123 456 nikutumie leo")]
    [InlineData("me cancelas el pedido y me pagas directo, te sale más barato")]
    [InlineData("kargo için 60 TL sigorta bedeli ödemeniz gerekiyor, önce ödeyin")]
    [InlineData("перед отправкой нужна предоплата 30% наличными курьеру")]
    [InlineData("別途手数料800円を先にお振込みください")]
    [InlineData("您需要开通VIP才能收到退款，升级费199")]
    [InlineData("系統把您設定成批發商了，每月會扣款，請配合網銀解除")]
    public void Flags_a_payment_asked_around_the_checkout(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("超商代碼會在訂單頁面顯示，繳完系統自動確認")]
    [InlineData("ATM 虛擬帳號是蝦皮產生的，每筆訂單都不一樣")]
    [InlineData("chị chọn ví MoMo ngay trong phần thanh toán của app nha, shop không nhận chuyển khoản riêng")]
    [InlineData("信用卡退款大約7-14個工作天，PayMe同FPS會快啲")]
    [InlineData("Kak, transfer bank pilih di checkout ya, nomor rekening virtual dari aplikasi")]
    [InlineData("Bisa bayar pakai DANA atau OVO di halaman pembayaran aplikasi ya kak")]
    [InlineData("Tafadhali lipa kupitia app pekee, hatuchukui M-Pesa nje ya app")]
    [InlineData("我是市场监管局的，你的投诉已经转到我们这边处理了")]
    [InlineData("本店已缴纳平台保证金，消保计划都有")]
    public void Passes_the_checkouts_own_options_and_refusals(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("这款手表能不能扫码付款 我去菜市场买菜用")]
    [InlineData("老板我扫码付了，订单显示已付款了吗")]
    [InlineData("kemarin ada yang suruh aku transfer ke rekening pribadi, aku gak mau, itu resmi?")]
    public void Passes_a_buyers_question_or_report(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
}
