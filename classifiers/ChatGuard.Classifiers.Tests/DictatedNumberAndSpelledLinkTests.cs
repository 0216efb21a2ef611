using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 (session 29): a phone number dictated in pieces with joiner words or filler letters between them, one after its
/// country code and a dial cue in a range no operator holds, and a link typed
/// around the filter — its scheme spelled letter by letter, spaces around its dot, or the whole link backwards. The
/// innocent twins (sizes and prices listed with "then", dimensions with "x", a sentence's full stop, the platform's own
/// domain spelled out) stay clean.
/// </summary>
public class DictatedNumberAndSpelledLinkTests
{
    [Theory]
    [InlineData("ok write it down: 0812 / then 3345 / then 9021 thats my WA")]
    [InlineData("130 后面接 八八六六 再接 一二一二")]
    [InlineData("号码 138 然后 5566 然后 7788，打给我")]
    [InlineData("first part 0812, second part 3345 9021")]
    public void A_number_dictated_in_pieces_is_a_phone(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("1 a 3 b 8 c 1 d 2 e 3 f 4 g 5 h 6 i 7 j 8")]
    [InlineData("1x3x8x1x2x3x4x5x6x7x8 ignore the x's")]
    public void A_number_broken_by_filler_letters_is_held_for_review(string text) =>
        LabelAssert.HeldByRule(Labels.ContactDiversion, "phone number", text, SenderRole.Agent);

    [Theory]
    [InlineData("尺码 38 然后 39 再 40 都有货")]
    [InlineData("箱子尺寸 130 x 80 x 60 cm，重 25 kg")]
    [InlineData("先付 138 然后 运费 12 元")]
    [InlineData("order 1380 then 1234 5678 then 99 arrived together")]
    [InlineData("rtx 3080 ti and 4090 in stock")]
    public void Sizes_prices_and_dimensions_listed_in_pieces_are_no_phone(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("the install schedule here is a mess, WhatsApp Dave on +44 7700 918263 and he'll sort you a slot")]
    [InlineData("call me on +44 7700 900123")]
    public void A_number_after_its_country_code_beside_a_dial_cue_is_a_phone_even_in_a_fiction_range(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("本月销量 +4477 0091 件，谢谢支持")]
    [InlineData("temperature +44 7700 in the lab report")]
    public void A_plus_before_a_figure_with_no_dial_cue_is_no_phone(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("亲亲，链接：h t t p s : / / xiaoli380893 . com哦")]
    [InlineData("h t t p s : / / dubaiperfumes . ae")]
    [InlineData("h t t p : / / shop 点 lucky 点 cn")]
    [InlineData("go to glowbyzara . com , same products no platform fee")]
    [InlineData("read it backwards 😜 moc.sepacsdnalhtuos//:sptth")]
    [InlineData("elas/moc.pohsym//:sptth")]
    public void A_link_typed_around_the_filter_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("it was good . come again soon")]
    [InlineData("muito obrigada . com certeza vou comprar de novo")]
    [InlineData("h t t p s : / / www . douyin . com")]
    [InlineData("the http protocol is old . we use the app")]
    public void A_full_stop_a_word_or_the_platform_s_own_domain_is_no_link(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
