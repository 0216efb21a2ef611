using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 21 (C7): review rewards, review deletions and dictated review text in the fresh markets' own languages
/// (Japanese, Korean, French, Italian, Polish, Turkish, German, Spanish, Portuguese, Vietnamese, Thai) — each beside
/// its look-alike: the review page explained, a shop saying it cannot delete reviews, a buyer left free to write what
/// they think, a card insert that forbids reward wording. Phrased apart from the corpora.
/// </summary>
public class FreshMarketReviewSolicitationTests
{
    [Theory]
    [InlineData("星5のレビューをいただけたら送料を全額返金します")]
    [InlineData("レビュー投稿で次回使える300円クーポンをプレゼント")]
    [InlineData("포토리뷰 작성해주시면 적립금 2천원 드려요")]
    [InlineData("별점 5점 남겨주시면 사은품 하나 더 보내드릴게요")]
    [InlineData("mettez 5 étoiles et je vous rembourse les frais de port")]
    [InlineData("lascia una recensione a 5 stelle e ti mando un omaggio")]
    [InlineData("za pozytywną opinię dostaniesz prezent w następnej paczce")]
    [InlineData("olumlu yorum yaparsanız bir sonraki siparişte indirim var")]
    [InlineData("für eine positive Bewertung gibt es eine Erstattung von 5 Euro")]
    [InlineData("dame 5 estrellitas y te hago un descuento en tu próxima compra")]
    [InlineData("deixa uma avaliação positiva que te dou desconto na próxima")]
    [InlineData("đánh giá 5 sao giúp shop, shop tặng voucher 20k nha")]
    [InlineData("รีวิว 5 ดาวให้ร้านหน่อย ร้านคืนเงินค่าส่งให้ค่ะ")]
    [InlineData("低評価を削除してもらえたら返金します")]
    [InlineData("후기 지워주시면 환불 처리해 드릴게요")]
    [InlineData("retirez l'avis négatif et on vous rembourse")]
    [InlineData("borra la reseña de 1 estrella y te regreso el envío")]
    [InlineData("xóa đánh giá 1 sao giúp em, em hoàn tiền cho chị")]
    [InlineData("レビューには「また買います」と書いてください")]
    [InlineData("avaliação: escreve assim 'entrega rápida, recomendo'")]
    [InlineData("chị ghi như vầy giúp em: hàng đẹp, giao nhanh")]
    public void Flags_rewards_deletions_and_dictated_reviews_in_local_languages(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("レビューはご自由にどうぞ、返金の手続きは注文画面からできます")]
    [InlineData("리뷰 삭제는 저희가 할 수 없어요, 환불은 주문 내역에서 신청해 주세요")]
    [InlineData("no podemos borrar la reseña, el reembolso se pide en Mis compras")]
    [InlineData("The review button appears only after you confirm receipt, it's the app's rule")]
    [InlineData("差评能不能删我不知道 那是平台管的 我删不了")]
    [InlineData("感谢卡上只写售后电话，不要写任何好评返现的字样")]
    public void Passes_review_help_text_and_refusals(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);
}
