using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 services in English and mixed chat (Lexicons/prohibited_services_en.json): each is a thing people buy (a licence,
/// an account, a companion, a bet) beside the cue that makes it illegal (it is forged, stolen, by the hour, taken for the
/// buyer); beside each family the look-alike a shop really writes. Phrased apart from the corpora.
/// </summary>
public class EnglishProhibitedServicesFamilyTests
{
    [Theory]
    [InlineData("we print driving licences for all states, with hologram, ready in 5 days")]
    [InlineData("TOEFL certificate with a 110 score without sitting the exam, registered in the system")]
    [InlineData("your payslips edited to match the loan form, 3 months for $40")]
    [InlineData("medical certificate for 5 days off, clinic stamp included, no checkup")]
    [InlineData("any age card you want, with your photo and a different birthday")]
    public void Forged_documents_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("fresh fullz with mother's maiden name, bulk price")]
    [InlineData("Spotify family slots from hacked accounts, $2 a month")]
    [InlineData("HBO Max logins pulled from logs, swapped if they die")]
    public void Stolen_cards_and_accounts_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Fact]
    public void Finding_a_persons_address_is_prohibited() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "we can locate anyone's home address, just pay the search fee");

    [Theory]
    [InlineData("a companion for your hotel stay tonight, pics on request")]
    [InlineData("our masseuse does full service for regulars if you pay extra cash")]
    [InlineData("new girl in town, ST 200 LT 500, message first")]
    public void Paid_sex_by_the_hour_is_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("we take stakes on cockfighting every Sunday, odds posted at 6")]
    [InlineData("satta line open tonight, rate 1:9, khaiwal direct")]
    [InlineData("pay 150 to join, bring 2 people and you get your money back, then pure profit")]
    public void Bets_taken_and_pyramid_recruitment_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("the passport cover is fake leather but looks 100% real, comes in 4 colours")]
    [InlineData("a driver's licence is required at pickup, any state is fine")]
    [InlineData("every print ships with a certificate of authenticity, verifiable online with the serial")]
    [InlineData("your certificate of completion is registered in the system after you pass the final quiz")]
    [InlineData("my account was hacked last week, can you help me get the order history back")]
    [InlineData("our companion app tracks your dog's walks by the hour")]
    [InlineData("the ST and LT sizes are the short and long torso versions")]
    [InlineData("sugar baby shower decorations, 18 pieces per pack, delivered tonight")]
    [InlineData("the full service for your car is $120 per hour of labour")]
    [InlineData("someone offered me a fake driver license in the comments, I reported it")]
    public void The_look_alikes_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
