using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 in English (session 27): a violent act promised to the reader or a weapon brought to the shop (intimidation.json),
/// recruiting for a fee (pyramid_scheme.json), gore footage asked for or sold (gore.json), porn on a disc or in a folder and
/// arousal put to the agent (obscene.json), UK street names for drugs, bookies and tipsters, banned weapons
/// (prohibited_slang_en.json), spyware, passing banknotes and made-up certificates (prohibited_trades.json), extremist
/// calls, the state taken by force, bank-run and coup rumours and attacks praised (subversion.json). Each pairs a code word
/// or act with its trade cue and only holds; beside each, the innocent twins that carry the word without the cue. Phrased
/// apart from the training sets.
/// </summary>
public class EnglishProhibitedStructureFamilyTests
{
    [Theory]
    [InlineData("try that again and ill make u bleed", SenderRole.Buyer)] // intimidation: harm_act_en
    [InlineData("I'll be at your store tomorrow with a crowbar, tell your manager", SenderRole.Buyer)] // intimidation: weapon_en
    [InlineData("pay the small upfront fee, then sign people up and the money rolls in", SenderRole.Agent)] // pyramid-recruiting
    [InlineData("honestly the real work is to build your downline, the products barely matter", SenderRole.Agent)] // pyramid-recruiting
    [InlineData("anyone got the morgue photos from that pileup? will pay", SenderRole.Buyer)] // gore-media
    [InlineData("we do the x-rated versions too, they come on a usb stick", SenderRole.Agent)] // porn-resource
    [InlineData("your voice on the phone got me hard", SenderRole.Buyer)] // vulgar-sex-talk
    [InlineData("can you sort me some ket for saturday like last time", SenderRole.Buyer)] // drug-street-name, or drug-slang (prohibited.json) on the same span first
    [InlineData("slip a bit of gear in the parcel would you, my usual guy went dark", SenderRole.Buyer)] // drug-street-name (weak + strong)
    [InlineData("who's taking bets on the derby? put me down for 50 quid", SenderRole.Buyer)] // bookmaking
    [InlineData("need a taser, they're banned here but i really need one", SenderRole.Buyer)] // banned-weapon-posted
    [InlineData("put the spy app on her phone and read her messages, she'll never know", SenderRole.Agent)] // covert-surveillance
    [InlineData("make me a vaccine cert with a QR code that actually scans", SenderRole.Buyer)] // document-made-to-order
    [InlineData("this country needs a race war and we are ready", SenderRole.Buyer)] // separatist-slogan
    [InlineData("what colour knickers are you wearing today", SenderRole.Buyer)] // sexual-harassment
    [InlineData("we need numbers to storm the parliament and bring the government down by force", SenderRole.Buyer)] // subversion-call
    [InlineData("the bank is going bankrupt on monday, withdraw all your money and forward to everyone", SenderRole.Agent)] // security-rumour
    [InlineData("the massacre at the market? they had it coming", SenderRole.Buyer)] // terror-praise
    public void Holds_the_prohibited_content(string text, SenderRole role)
    {
        LabelAssert.RuleFlags(Labels.Prohibited, text, role);
        Assert.DoesNotContain(LabelAssert.Scan(text, role).Findings, f => f.Label == Labels.Prohibited && f.ActsAlone);
    }

    [Theory]
    [InlineData("the final boss in this game will make you bleed, so hard lol", SenderRole.Buyer)]
    [InlineData("does the cricket kit come with a bat? I need it at my house tomorrow", SenderRole.Buyer)]
    [InlineData("I'll cut you a deal if you take two, and we'll beat any price you find", SenderRole.Agent)]
    [InlineData("the course registration fee is $50, you can enrol until Friday", SenderRole.Agent)]
    [InlineData("the affiliate programme is free to join, no fees, you earn on your own sales", SenderRole.Agent)]
    [InlineData("is the zoot suit costume in stock for saturday", SenderRole.Buyer)]
    [InlineData("can you add the camping gear to my order asap", SenderRole.Buyer)]
    [InlineData("my henry hoover broke, is the replacement bag in stock", SenderRole.Buyer)]
    [InlineData("we're taking bets in the office on when my parcel turns up lol", SenderRole.Buyer)]
    [InlineData("are stun guns illegal here? asking before I order anything", SenderRole.Buyer)]
    [InlineData("someone in the reviews posted gore pics, please report and remove them", SenderRole.Buyer)]
    [InlineData("the true crime book has crime scene photos, is it the hardback?", SenderRole.Buyer)]
    [InlineData("describe the fit in 14 words or less and win a voucher", SenderRole.Agent)]
    [InlineData("what colour knickers does the model wear in the photo?", SenderRole.Buyer)]
    [InlineData("the hardcore workout dvd, is it region free?", SenderRole.Buyer)]
    [InlineData("is the curfew going to delay my parcel? just asking when it arrives", SenderRole.Buyer)]
    [InlineData("the massacre scene in this film was brutal, is it the director's cut?", SenderRole.Buyer)]
    public void Passes_the_innocent_twins(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);
}
