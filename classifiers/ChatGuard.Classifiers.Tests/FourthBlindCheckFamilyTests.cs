using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: the rule families the lead's fourth blind check (session 10) found missing or over-eager, each violation
/// beside its look-alikes, phrased apart from the check's own lines.
/// </summary>
public class FourthBlindCheckFamilyTests
{
    [Theory]
    [InlineData("這個客服有夠87，同一個問題答錯兩次")]           // C2: 87 read as "idiot" (Taiwan)
    [InlineData("北七喔，連顏色都可以寄錯")]
    [InlineData("妳是不是低能啊，講了三遍")]
    [InlineData("白目店家，問什麼都已讀不回")]
    [InlineData("你哋間舖啲客服全部on9")]                      // C2: Cantonese
    [InlineData("仆街，收咗錢唔出貨")]
    [InlineData("戇鳩客服，答非所問")]
    [InlineData("你條粉腸，退錢啦")]
    [InlineData("問極都唔答，收皮啦")]
    [InlineData("you braindead agent, read my message again")] // C2: English contempt without a listed slur
    [InlineData("what a pathetic clown running this store")]
    [InlineData("the whole team is a bunch of clowns and liars")]
    [InlineData("you 🤡 cannot even track a parcel")]
    [InlineData("this f**king store ignored me for a week")]   // C2: masks and digits read back
    [InlineData("you are a total 1d10t")]
    [InlineData("are u st*pid or what")]
    [InlineData("fvck off with your coupons")]
    [InlineData("what a m0r0n")]
    public void Flags_abuse_in_regional_and_masked_wording(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("這雙87元含運嗎")]                                // 87 as a price, a size, a discount, an order line
    [InlineData("腰圍87公分穿哪個尺寸")]
    [InlineData("全館87折到幾號")]
    [InlineData("從台北七點出發的那班車")]
    [InlineData("這款除濕機是低能耗的嗎")]
    [InlineData("支票金額寫柒佰伍拾元")]                          // 柒 as a numeral
    [InlineData("粉腸要怎麼保存比較好")]                          // 粉肠 the food
    [InlineData("回收皮革的做法可以介紹一下嗎")]
    [InlineData("is the clown costume washable")]                 // the look-alikes of the English family
    [InlineData("do you have a 🤡 wig for a kids party")]
    [InlineData("a pack of six socks please")]
    [InlineData("my p4ssword reset mail never came")]
    [InlineData("Nike SB Dunk 還有 US9 嗎")]                       // SB: Nike's skateboarding line
    [InlineData("sb dunk low 熊猫配色多少钱")]
    [InlineData("SB Blazer mid 白色有吗")]
    public void Keeps_the_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void A_bare_sb_aimed_at_someone_stays_an_insult() => LabelAssert.RuleFlags(Labels.Abuse, "你是sb吧，发错货还不认", SenderRole.Buyer);

    [Theory]
    [InlineData("f*cking", "fucking")]
    [InlineData("a$$hole", "asshole")]
    [InlineData("id10t!", "idiot!")]
    [InlineData("fvck", "fuck")]
    public void Reads_a_masked_word_back_letter_for_letter(string masked, string word) =>
        Assert.Equal($"so {word} slow", MaskedWords.ReadBack($"so {masked} slow"));

    [Theory]
    [InlineData("size 4$$ or s1d3")]     // digits in codes fit no word
    [InlineData("s*** happens")]         // several words fit: left as typed
    [InlineData("plain words only")]
    public void Leaves_what_hides_no_single_word(string text) => Assert.Null(MaskedWords.ReadBack(text));
}
