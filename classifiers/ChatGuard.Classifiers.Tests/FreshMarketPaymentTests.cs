using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4, session 21: the fresh markets' words for a payment off the checkout — a transfer to a named bank account
/// (振込/입금/chuyển khoản/โอน), PayPay/토스/OVO/GCash sent to the seller, a refund or release that costs a fee or the
/// buyer's card details first, "like products" jobs with a deposit, gift cards as money, cancel-and-pay-me, customs duty
/// paid to the shop — and the checkout's own transfer, wallet, refund and duty flows written the same way. Phrased apart
/// from the corpora.
/// </summary>
public class FreshMarketPaymentTests
{
    private const string Label = Labels.OffPlatformPayment;

    [Theory]
    [InlineData("お振込はこちらへ: 三井住友 梅田支店 普通 5520931 ヤマダ ケン")]
    [InlineData("ゆうちょ銀行 記号10130 番号55127781 に送金お願いします")]
    [InlineData("PayPayでID sakura-mart宛に送金してくれれば5%引き")]
    [InlineData("신한 110-482-556231 예금주 이민지로 입금 부탁드려요")]
    [InlineData("카카오페이로 송금해 주시면 오늘 바로 보내드려요")]
    [InlineData("chị chuyển khoản qua stk Techcombank 1903 5521 8801 giúp em nha")]
    [InlineData("ck vào momo của shop nha chị, em giảm 30k")]
    [InlineData("โอนเข้าบัญชีไทยพาณิชย์ 402-1-55871-2 แล้วส่งสลิปค่ะ")]
    [InlineData("transfer ke OVO saya aja kak biar cepat")]
    [InlineData("i-GCash mo na lang sa akin, mas mabilis")]
    [InlineData("скиньте по СБП на номер 8 900 111-22-33, отправлю сразу")]
    [InlineData("pix pro celular 21 99876-5544 em nome de Carla, depois cancelo o pedido")]
    public void Transfers_to_the_sellers_own_account_or_wallet_are_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("para liberar el reembolso primero debes pagar una comisión de 200 pesos")]
    [InlineData("Rückerstattung gibt es, aber zuerst 7€ Bearbeitungsgebühr überweisen")]
    [InlineData("返金の前に事務手数料2000円を先にお支払いください")]
    [InlineData("환불 받으시려면 수수료 1만원 먼저 입금해 주세요")]
    [InlineData("biaya aktivasi COD Rp30.000 harus dibayar dulu kak")]
    [InlineData("再配達手数料500円をお支払いください")]
    [InlineData("Zollgebühr 25€ bitte an uns überweisen, dann geht das Paket raus")]
    [InlineData("gümrük ücreti 300 TL, bize gönderin hemen çıkarırız")]
    [InlineData("você ganhou um prêmio! só pague o frete de R$25 pra receber")]
    [InlineData("Para liberar tu reembolso necesitamos verificar, envía el número de tarjeta aquí")]
    [InlineData("iade işleminiz için kart bilgilerinizi buraya yazın, doğrulamamız gerekiyor")]
    [InlineData("返金確認のためカード番号を教えてください")]
    [InlineData("您的退款需要核实 请把卡号和验证码回复给我们")]
    public void Fees_the_platform_never_charges_are_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("Nebenjob: Produkte liken, 3€ pro Like, aber zuerst 20€ Einzahlung")]
    [InlineData("kerja sampingan kak, bantu klik pesanan dapat komisi, deposit dulu 50rb")]
    [InlineData("アマギフのコードを送ってくれたら支払い完了です")]
    [InlineData("구글 기프트카드 핀번호로 결제해 주셔도 돼요")]
    [InlineData("pode pagar com cartão Google Play, me manda o código aqui")]
    [InlineData("annulez votre commande et payez-moi directement par virement")]
    [InlineData("hủy đơn trên app đi chị, nhận hàng trả tiền mặt cho shipper của shop")]
    [InlineData("绿色app付款也行 给你打九折")]
    [InlineData("到了给快递小哥现金就行，不用在这下单")]
    public void Task_deposits_gift_cards_and_cancel_and_pay_me_are_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("お支払いは注文画面から銀行振込を選べます、入金確認後に発送します")]
    [InlineData("返金はご指定の口座ではなく、決済方法に自動で戻ります")]
    [InlineData("PayPayは決済画面で選べますよ")]
    [InlineData("振込手数料はお客様負担となります、注文画面でご確認ください")]
    [InlineData("무통장입금은 주문서의 가상계좌로 입금해 주시면 됩니다")]
    [InlineData("환불은 결제하신 카드로 3일 내 입금됩니다")]
    [InlineData("카카오페이로 결제하시면 적립금이 쌓여요")]
    [InlineData("em đã hoàn tiền vào tài khoản của chị rồi nha")]
    [InlineData("chị thanh toán bằng ShopeePay trên app là được nha")]
    [InlineData("ยอดโอนคืนเข้าบัญชีภายใน 3 วันค่ะ")]
    [InlineData("reembolso sin comisión, se procesa primero en la app")]
    [InlineData("Rückerstattung ohne Gebühr, sobald die Ware zurück ist")]
    [InlineData("Zollgebühren sind im Preis enthalten, nichts extra zu zahlen")]
    [InlineData("gümrük ücreti bize ait, ekstra ödeme yok")]
    [InlineData("Hinweis: wir verlangen niemals PayPal Freunde oder Überweisung, Zahlung nur im Checkout bitte")]
    [InlineData("比特币我们不收 只能平台内付款哦")]
    [InlineData("好评晒图送アマギフ500円プレゼント")]
    [InlineData("退货运费由保险公司赔付到您支付宝账户")]
    [InlineData("the refund goes back to the card you paid with, no card number needed")]
    [InlineData("le remboursement arrive sur votre carte sous 5 jours")]
    [InlineData("nunca pedimos el número de tarjeta, el reembolso es automático")]
    public void Checkout_refund_and_warning_lines_stay_clean(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("got a voucher code for shipping? it says tak apply at checkout")]
    [InlineData("有人找我做刷单任务 说先垫付再返佣金 是你们吗")]
    [InlineData("比特币纪念币有现货吗")]
    [InlineData("退款是退到我支付宝吗")]
    public void Buyers_asking_or_reporting_ask_no_payment(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);

    [Theory]
    [InlineData("iade işleminiz için kart bilgilerinizi buraya yazın, doğrulamamız gerekiyor")]
    [InlineData("您的退款需要核实 请把卡号和验证码回复给我们")]
    public void A_buyers_card_asked_for_a_refund_is_no_payee_account(string text) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
