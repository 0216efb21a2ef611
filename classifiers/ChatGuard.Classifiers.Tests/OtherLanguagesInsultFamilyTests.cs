using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C2: insults of other languages mixed into English chat (Spanish, Hindi/Urdu, Nigerian Pidgin, Vietnamese,
/// Indonesian, Thai, Swahili) and plain-English contempt; beside each, the innocent senses of the same words (a dress,
/// a poem, dog food, pork, a river, sleepwear, "because"). Phrased apart from the corpora.
/// </summary>
public class OtherLanguagesInsultFamilyTests
{
    [Theory]
    [InlineData("que pendeja eres, I told you twice the color")]
    [InlineData("cabron, where is the money")]
    [InlineData("hijo de puta you sold me a broken one")]
    [InlineData("kya chutiye log ho, parcel kahan hai")]
    [InlineData("bhenchod seller refund nahi diya")]
    [InlineData("bc tum log ne phir galat size bheja")]
    [InlineData("oga you be mumu, I paid since monday")]
    [InlineData("this werey no go answer my message")]
    [InlineData("thang ngu, sai dia chi roi")]
    [InlineData("admin ngu vcl, wrong item")]
    [InlineData("adminnya goblok, pesanan salah")]
    [InlineData("dasar monyet, my refund where")]
    [InlineData("ee kwai, the box came empty")]
    [InlineData("wewe ni mpumbavu sana, where is my order")]
    [InlineData("you lazy old cow, answer the chat")]
    [InlineData("k.y.s. thieving weasel")]
    [InlineData("okay boomer, go back to your landline")]
    public void An_insult_of_another_language_or_plain_contempt_is_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("I'm asking bc the tracking hasn't moved in 4 days")]
    [InlineData("the MC on the livestream said free shipping today")]
    [InlineData("do you still have the long mumu dress in navy")]
    [InlineData("an ode to summer, poster print A3")]
    [InlineData("makanan anjing 5kg, ready?")]
    [InlineData("babi kecap seasoning mix, halal version?")]
    [InlineData("River Kwai bridge fridge magnet")]
    [InlineData("bộ đồ ngủ cotton size M còn không shop")]
    [InlineData("harami steak 300g vacuum packed")]
    [InlineData("Kamina movie poster, framed")]
    [InlineData("full fat cow's milk yogurt, 6 pack")]
    [InlineData("OK Boomer t-shirt in black, size XL")]
    [InlineData("ask your papa which size he wears")]
    public void The_same_words_in_their_innocent_sense_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
