using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 in English trade names (Lexicons/prohibited_goods_en.json): steroids and SARMs offered, cannabis products, hard
/// and synthetic drugs, prescription drugs without a prescription, banned blades, and goods shipped under a false name
/// to beat a check; beside each the look-alike a shop really writes. Phrased apart from the corpora.
/// </summary>
public class EnglishControlledGoodsFamilyTests
{
    [Theory]
    [InlineData("anavar 10mg tabs back in stock, 100 per bottle")]
    [InlineData("rad 140 and mk677 stack, ships discreet")]
    [InlineData("tren e vials restocked, ugl but lab tested")]
    public void Steroids_and_sarms_offered_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("d9 gummies 25mg each, strongest batch yet")]
    [InlineData("live resin and dab pens available this week")]
    [InlineData("space cakes for the weekend, pick up only")]
    public void Cannabis_products_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("m30s and roxies, message for the price")]
    [InlineData("mephedrone crystals, research chemicals only wink")]
    [InlineData("promethazine codeine pints, sealed")]
    public void Hard_drugs_by_their_street_names_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("mounjaro pens, no prescription needed, next day")]
    [InlineData("tramadol 50mg w/o rx, 60 caps")]
    public void Prescription_drugs_without_a_prescription_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("knuckle dusters in black or gold, $15 each")]
    [InlineData("gravity knife with a lock, one hand opening")]
    public void Banned_blades_and_knuckles_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("the disposables go out listed as phone chargers so the courier won't flag them")]
    [InlineData("we ship the cakes declared as candles, gets past customs every time")]
    public void Goods_shipped_under_a_false_name_to_beat_a_check_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("our whey is tested free of banned substances, no sarms, no steroids")]
    [InlineData("this trend won't last, the 90s cut is back")]
    [InlineData("CBD only, 0% THC, third-party certificate on the label")]
    [InlineData("hair wax and car wax ship separately")]
    [InlineData("we sell naloxone kits and fentanyl test strips for harm reduction charities")]
    [InlineData("party poppers and confetti cannons for the wedding")]
    [InlineData("this is a folding knife with a thumb stud, not a switchblade")]
    [InlineData("brass knuckles pendant, sterling silver, on a chain")]
    [InlineData("ozempic needs a prescription, please ask your doctor, we only sell the cooler bag")]
    [InlineData("the parcel is labelled as fragile so the courier handles it with care")]
    public void The_look_alikes_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
