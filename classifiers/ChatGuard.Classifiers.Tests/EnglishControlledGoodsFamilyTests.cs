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

    [Theory]
    [InlineData("need a bag of charlie for saturday night")]
    [InlineData("got bars? the 2mg yellow ones")]
    [InlineData("these bath salts are not for the bath, you know what i mean")]
    [InlineData("you the plug? need some bars")]
    [InlineData("cream chargers for the balloons, a proper buzz every time")]
    public void Drugs_by_nickname_with_a_dose_or_a_wink_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("revolver and a box of cartridges, cash only")]
    [InlineData("converted blank gun, shoots steel, ask for price")]
    [InlineData("3D printed lower receiver with the files, untraceable")]
    [InlineData("flash powder by the kilo, make your own")]
    public void Real_and_home_made_guns_and_explosives_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("we send the pepper spray marked as perfume so it clears customs")]
    [InlineData("the stun guns go out hidden inside a speaker so the courier never sees them")]
    [InlineData("stun gun shaped like a lipstick, we post it to Singapore")]
    public void Restricted_goods_declared_as_or_hidden_in_other_goods_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("hawksbill shell hair clips, vintage, genuine")]
    [InlineData("skin lightening cream with mercury, works faster than the new formula")]
    [InlineData("no age check on the disposables, school kids order them all the time")]
    public void Wildlife_mercury_creams_and_sales_to_minors_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("replica jersey of the 2010 final, embroidered badge, sizes S to XXL")]
    [InlineData("brown sugar 1 kg bag, for baking, best before March")]
    [InlineData("we stock candy bars and bars of chocolate, 2 bags for 5 dollars")]
    [InlineData("the plug adapter works in the UK and the EU")]
    [InlineData("we sell fruit trees and bud vases, the green ones ship in a plant box")]
    [InlineData("toy gun with orange tip, shoots foam darts only, ages 8 and up")]
    [InlineData("airsoft pistol with orange tip, 6mm bbs, magazine holds 20 rounds")]
    [InlineData("warning: sellers offering cheap fireworks labelled as candles are scammers, please report them")]
    [InlineData("tramadol is only sold with a valid prescription uploaded in the app")]
    [InlineData("Coke zero 24 cans, 330 ml each, 2 bags of ice included")]
    [InlineData("the charger is labelled as a power bank on the box because it is one")]
    [InlineData("we ship the knife set packed as a gift, with a card")]
    [InlineData("the helium tanks fill about 50 balloons for the birthday party")]
    [InlineData("our mercury-free whitening cream is approved, no mercury, tested by the lab")]
    [InlineData("Molly and Tina loved the festival dresses, size 10 for both")]
    [InlineData("hawksbill turtle plush toy for the aquarium gift shop")]
    [InlineData("this chocolate brownie mix is not for baking in a microwave")]
    [InlineData("Charlie said it's the same guy as last time, for saturday")]
    [InlineData("Molly wants a dress for the festival, hmu with sizes")]
    [InlineData("delivery to Yaba, 2 bags of rice")]
    [InlineData("5G router gear, 10g ethernet switch")]
    [InlineData("the trees are 10g each in the diorama kit")]
    [InlineData("this chocolate hits different, order two")]
    [InlineData("send me your addy before finals week")]
    public void The_second_wave_look_alikes_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
