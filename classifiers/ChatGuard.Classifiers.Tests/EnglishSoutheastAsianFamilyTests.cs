using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, an English and Southeast-Asian blind check (US/UK, Singapore, Malaysia, the Philippines): abuse, prohibited
/// offers, copies, paid reviews and overstated claims it missed, phrased apart from the corpora, each family with the
/// look-alikes a shop or buyer writes kept clean.
/// </summary>
public class EnglishSoutheastAsianFamilyTests
{
    [Theory]
    [InlineData("you that poor means don't buy lor, go beg on the street")]            // C2: contempt for the buyer's money
    [InlineData("ur english very terrible, cannot understand anything")]                // C2: contempt for the other's English
    [InlineData("u slow or what, dumb dumb")]
    [InlineData("wish you and your shop ⚰️")]                                          // C2: death wish as an emoji
    [InlineData("hope ur entire family 🪦 next week")]
    [InlineData("hope your whole team dies")]
    [InlineData("seller, go f*** yourselves")]                                         // C2: masked curse
    [InlineData("I'm gonna flood your chat daily and review bomb every item till you close down")] // C2: harassment until the other side breaks
    [InlineData("walang silbi kayo, puro palusot")]                                    // C2: Tagalog, "you are useless"
    [InlineData("walang hiya ka talaga")]
    [InlineData("may your warehouse burn down")]
    [InlineData("i hope u and ur kids starve")]
    [InlineData("go f urself, scammer shop")]
    [InlineData("im going to spam every post you have until your store shuts down")]
    [InlineData("learn proper english before u reply me")]
    public void Flags_abuse_at_the_other_side(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("u on cam now? 💦💦")]
    public void A_sexual_ask_on_camera_is_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("if your english is not so good, you may reply in Bahasa")]
    [InlineData("my english very bad, sorry ah")]
    [InlineData("the stitching is so poor, don't buy this one")]
    [InlineData("I'll go beg my boss for a day off to collect it")]
    [InlineData("hope you love it 💀 we packed it twice")]
    [InlineData("hope your family enjoys the halloween set ⚰️🎃")]
    [InlineData("I will keep the parcel till you confirm the new address")]
    [InlineData("are u on camera in tonight's live? show me the beige one")]
    [InlineData("walang kwenta yung box pero okay ang item")]
    [InlineData("may your holidays be merry")]
    [InlineData("my son wants to learn english before he starts school")]
    [InlineData("me dumb dumb, typed the wrong postcode")]
    [InlineData("grilled eggplant 🍆 with chili, ready tonight")]
    [InlineData("I'll be patient till your store restocks")]
    public void Keeps_abuse_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("can place bet for you on la liga tonight, odds 1.85")]               // C3: bets placed for the buyer
    [InlineData("weekend accas, I take 10% commission on wins")]
    [InlineData("this gel blaster can be converted to fire real bullets")]            // C3: a replica made to fire
    [InlineData("kpods ready stock, pm for price")]                                   // C3: drugs by street name
    [InlineData("meron shabu dito, dm lang")]
    [InlineData("bato available boss, 1.5k per gram")]
    [InlineData("porno collection 500 vids, send $8")]                                // C3: porn sold as a pack
    [InlineData("hentai bundle 30gb drive link")]
    [InlineData("pure ice 2g, discreet meetup")]                                     // C3: ice by the gram
    [InlineData("got weed, pm me")]
    public void Flags_prohibited_offers(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("poker night party set: chips, casino-style banner and card table cover")]
    [InlineData("the jersey is the match version worn in the EPL, 15% off")]
    [InlineData("nerf blaster, soft foam darts, no real bullets of course")]
    [InlineData("frozen shabu shabu beef slices, 500g pack")]
    [InlineData("bato sa apdo po yung sakit ng papa ko, kaya late ako sumagot")]
    [InlineData("river stone bato for aquarium, 2kg per pack")]
    [InlineData("dry ice 2kg for shipping frozen meat, discreet box")]
    [InlineData("weed killer spray, pm me for bulk")]
    public void Keeps_prohibited_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("🐎 + 💎 combo for saturday, dm")]                                    // C3: drugs as a menu of emoji codes
    [InlineData("🧊 2g and 🐴 available, reply fast")]
    public void Flags_drug_emoji_menus(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("🐴 riding boots, all sizes in stock")]
    [InlineData("💎 earrings on the 🐴 charm bracelet")]
    [InlineData("🧊 cold brew and 💎 tumbler bundle, price $25")]
    public void Keeps_emoji_menu_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("dior inspired saddle bag with the complete logo")]                   // C5: "inspired" with the brand's mark
    [InlineData("pirated ebook of the exam guide, cheap")]                            // C5: pirated or scanned book
    [InlineData("photocopied textbook for the course, RM15")]
    [InlineData("class a po ito, mukhang original talaga")]                           // C5: Taglish Class A copy
    [InlineData("got box and papers, easy to pass off as original")]                  // C5: papers to pass as real
    public void Flags_copies(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("watch out for fake IG accounts copying our shop name")]
    [InlineData("inspired by the 90s, with your logo printed free")]
    [InlineData("we never sell pirated books")]
    [InlineData("download the pdf copy of your receipt from My Orders")]
    [InlineData("official replica shirt (supporter version), not the authentic player edition")]
    public void Keeps_copy_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("5⭐ rvw get free 1 more keychain")]                                  // C7: reward for stars in short forms
    [InlineData("give us bintang 5 kak, ada hadiah kecil")]                           // C7: Malay
    [InlineData("that 1 star from yesterday... if it goes away we'll have a small gift for you")] // C7: a low rating removed for a favour
    [InlineData("could you adjust your rating? we'll make it worth your while")]
    [InlineData("write at least 30 words and mention our store, then get a $3 voucher")] // C7: dictated content for money
    public void Flags_paid_reviews(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("5 star hotel towels, free 1 bath mat per set")]
    [InlineData("reviews are optional, the gift comes with every order")]
    [InlineData("you can write a review under Orders anytime, up to you")]
    [InlineData("sorry for the 1 star experience, we will fix it and resend")]
    public void Keeps_review_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("this phone case is completely unbreakable")]                         // C8: what the product cannot have
    [InlineData("charges 500% faster and makes any 4G phone become 5G")]
    [InlineData("all vets recommend it, adds 10 years to your cat's life")]
    [InlineData("destroys cancer cells naturally, better than chemo")]                 // C8: cancer cure
    [InlineData("sure pass the exam after 3 lessons, confirm plus chop")]
    [InlineData("minyak ini pasti sembuh sakit lutut")]                               // C8: Malay cure
    public void Flags_overstated_claims(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("no one can promise income, results depend on your own work")]
    [InlineData("part of each sale goes to cancer research")]
    [InlineData("sure, pass me your order ID and I'll check")]
    [InlineData("cepat sembuh ya kak, we'll resend tomorrow")]
    [InlineData("tough glass, but no phone screen is unbreakable")]
    public void Keeps_claim_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("you are honestly useless, 3 days and no reply")]                     // C2: a quality word said of the person
    [InlineData("u r so pathetic")]
    [InlineData("you guys are completely incompetent")]
    [InlineData("useless agent, put me through to someone else")]
    public void A_quality_word_said_of_the_person_is_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("Your customer service is useless, a week and no answer")]           // a heated complaint about a service
    [InlineData("your packaging is garbage, the box came crushed")]
    [InlineData("pathetic service, I'm filing a chargeback")]
    [InlineData("your tracking page is useless, it never updates")]
    public void A_quality_word_said_of_a_service_is_a_complaint(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
