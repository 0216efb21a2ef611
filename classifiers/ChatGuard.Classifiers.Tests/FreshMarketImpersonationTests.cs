using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 21 (C6): courier, post, customs and tax notices, the marketplace's desk, banks, police and government offices
/// posed in the fresh markets' own languages — each beside its look-alike: a shop naming the courier it ships with,
/// pointing the buyer to the real desk, explaining a duty the courier collects, or saying its course is not endorsed.
/// Phrased apart from the corpora.
/// </summary>
public class FreshMarketImpersonationTests
{
    [Theory]
    [InlineData("【税関】輸入品の関税が未納です、本日中に指定口座へお振込ください")]
    [InlineData("ヤマト運輸です。お荷物を保管中のため手数料のお支払いをお願いします")]
    [InlineData("우체국 택배입니다 주소 불일치로 보류 중, 재배송 수수료 결제 바랍니다")]
    [InlineData("Hinweis vom Zollamt: Ihr Paket ist zurückgehalten, bitte Gebühr überweisen")]
    [InlineData("Aviso dos Correios: sua encomenda foi tributado, pague a taxa pelo link")]
    [InlineData("SAT informa: su paquete tiene una multa pendiente, pague hoy")]
    [InlineData("【TikTok Shop公式】お客様のアカウントが凍結されています、本人確認をお願いします")]
    [InlineData("[쿠팡 고객센터] 주문 결제 오류, 재결제 후 입금 확인 바랍니다")]
    [InlineData("sono il supporto TikTok Shop, ti serve il codice che ti arriva per il rimborso")]
    [InlineData("Jestem z działu bezpieczeństwa Allegro, konto zostanie zablokowane")]
    [InlineData("三井住友銀行の担当です、返金処理のため暗証番号を教えてください")]
    [InlineData("경찰청 사이버수사대입니다, 고객님 주문이 사기 연루로 조사중입니다")]
    [InlineData("Đây là công an quận, đơn hàng của anh dính đường dây rửa tiền")]
    [InlineData("本课程是教育部认证的唯一指定教材")]
    [InlineData("医保局通知 这款血压仪可以医保报销")]
    [InlineData("就用「Qoo10公式サポート」的名义回复那个日本买家")]
    public void Flags_posed_notices_desks_and_authorities_in_local_languages(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("佐川急便で発送しました、追跡番号は注文画面で確認できます")]
    [InlineData("쿠팡 고객센터에 문의하시면 환불 진행 상황을 알려드려요")]
    [InlineData("TikTok Shop公式アプリの注文画面からお支払いください")]
    [InlineData("wir versenden mit DHL, der Zoll ist im Preis schon enthalten")]
    [InlineData("a Receita Federal às vezes taxa importados, mas nós já pagamos o imposto na compra")]
    [InlineData("我们的课程不是教育部认证的，是机构自己的证书")]
    [InlineData("有人用「Qoo10公式サポート」的名义骗买家，大家小心")]
    public void Passes_couriers_named_desks_referred_and_endorsements_denied(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);
}
