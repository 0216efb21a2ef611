using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1: the account told where to write (有事微信聊 lily2291, 退款走扣扣更快，三八二…), or given first and then owned
/// (kefu7731 这个是我wx), also after an app named in Cyrillic or misspelt (в телегу: @…, whtsapp:); not the next sentence's first word after an app's name, nor what happened on the app
/// (这是我微信上收到的), nor a buyer telling what a caller asked them to do. Phrased apart from the corpora.
/// </summary>
public class HandleAfterChatCueTests
{
    [Theory]
    [InlineData("有事微信聊 lily2291，随时在")]
    [InlineData("售后走扣扣更快，三八二七一九四五零六")]
    [InlineData("kefu7731 这个是我wx，加一下")]
    [InlineData("shop三八八 这个是我卫星")]
    public void An_account_told_where_to_write_or_owned_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("пишите в телегу: @obuv_opt_kzn, там дешевле")]
    [InlineData("наш магазин в вк: vk_detskaya_2024")]
    [InlineData("whtsapp: 0803 221 7765 for bulk price")]
    public void A_handle_after_a_cyrillic_or_misspelled_app_name_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void A_cyrillic_word_near_the_app_s_nickname_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "ваша телега работает? отличный телевизор");

    [Theory]
    [InlineData("这是我微信上收到的截图，您看下")]
    [InlineData("这个是我朋友圈发的买家秀")]
    [InlineData("这是我们微信公众号的文章，讲洗护的")]
    public void What_happened_on_the_app_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void The_next_sentence_s_first_word_is_no_account() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "We never sell our patterns on Telegram. Anything offered there is copied.");

    [Fact]
    public void A_buyer_telling_what_a_caller_asked_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "a man said he's your courier and asked me to pay the fee to 0917 552 8841, is that real?", SenderRole.Buyer);
}
