using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, cross-border shops (Singapore, Malaysia, the Philippines, Hong Kong): the English, Singlish, Taglish, Malay
/// and Cantonese-English spellings of each label's families, phrased apart from the corpora, each with the look-alikes a
/// shop or buyer there really writes kept clean.
/// </summary>
public class CrossBorderFamilyTests
{
    [Theory]
    [InlineData("cb seller, reply me faster can")]                       // C2: Singlish/Hokkien curses
    [InlineData("wah lau chibai, 2 weeks still never ship")]
    [InlineData("knn, i asked three times already")]
    [InlineData("your service damn lanjiao")]
    [InlineData("puki mak, where is my refund")]
    [InlineData("putang ina nyo, ang tagal ng parcel ko")]              // C2: Tagalog, aimed (sworn at the delay alone it is no insult)
    [InlineData("ang bobo nyo, mali na naman yung kulay")]
    [InlineData("inutil kayo, walang sumasagot")]
    [InlineData("ulol, di ko na kayo bibilhan")]
    [InlineData("kau bodoh ke, saya dah bagi alamat")]                  // C2: Malay
    [InlineData("seller is an i d i o t")]                              // C2: letters spaced apart
    [InlineData("f u c k   off with your excuses")]
    [InlineData("you 🤡 cannot even pack a box")]                       // C2: emoji aimed at a person
    [InlineData("agent 💩🐷 as usual")]
    [InlineData("🖕 u")]
    [InlineData("honestly your staff have zero brain cells")]
    [InlineData("diu lei, still no tracking")]                                  // C2: Cantonese in romanization
    public void Flags_cross_border_insults(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("is this CB antenna compatible with my truck?")]
    [InlineData("need the carb for a honda cb 400")]
    [InlineData("the tanga bottoms run small, size up")]
    [InlineData("Bobo plush bear restock when?")]
    [InlineData("haay ang tanga ko, wrong variant na-order ko")]        // a buyer calling themselves stupid
    [InlineData("I'm s t u p i d, I forgot to add the voucher")]
    [InlineData("thank you, 0 brain cells left after work lol")]
    [InlineData("kanina pa ako naghihintay ng update")]
    [InlineData("bobo talaga ako sa mga app na ganito")]                 // Tagalog "earlier", not a curse
    [InlineData("the 🐷 plushie is so cute")]
    [InlineData("do you 垃圾袋 have the 50L size?")]
    public void Keeps_cross_border_insult_look_alikes_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("return accepted, but refund will be less a 15% handling charge")]        // C4: refund paid short
    [InlineData("ok we refund you, 70 percent only ya")]
    [InlineData("refund can, minus cancellation fee 10%")]
    [InlineData("faster if you pay thru gcash po, then we ship today")]                   // C4: local wallet
    [InlineData("boss just tng me, i send tracking after")]
    [InlineData("can pay using duitnow, cheaper for you")]
    [InlineData("grabpay me first then i confirm order")]
    [InlineData("just bank in to my account, i post tomorrow")]
    [InlineData("transfer to my cimb then we arrange")]
    [InlineData("轉數快畀我先，收到即寄")]                                                       // C4: Cantonese FPS
    public void Flags_cross_border_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Sorry po, we can't accept payment outside the app, kindly check out normally")]
    [InlineData("we do not accept outside payment via gcash, please order in the app")]
    [InlineData("Hindi po kami tumatanggap ng bayad sa GCash, sa app lang po")]
    [InlineData("we will never ask you to transfer to our tng, only pay in the app")]
    [InlineData("you can pay with maya at checkout in the app")]
    [InlineData("full refund processed back to your card")]
    [InlineData("at checkout choose e-wallet, gcash is supported there")]
    public void Keeps_a_shops_refusal_and_in_app_wallets_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    [Fact]
    public void A_buyer_asking_about_a_wallet_is_not_the_shops_ask() =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, "can i pay using maya or only card?", SenderRole.Buyer);

    [Theory]
    [InlineData("boss, got girl service at your spa or not?")]                                  // C3: paid sex
    [InlineData("the massage got extra or not ah")]
    [InlineData("join my team, you earn from every level under you")]                          // C3: pyramid
    [InlineData("build your downline and the overriding commission comes in monthly")]
    [InlineData("staying at the marina hotel, can arrange girl for tonight?")]
    public void Flags_cross_border_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("the massage chair has an extra heat mode")]
    [InlineData("flower girl dress for a wedding, size 6")]
    [InlineData("this shelf has 3 levels, each level holds 20kg")]
    [InlineData("got girl size for the party dress?")]
    [InlineData("the drama has a happy ending, worth the box set")]
    public void Keeps_cross_border_prohibited_look_alikes_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("oem airpod pro, same chipset as the original, half the price")]               // C5: brand OEM copy
    [InlineData("OEM Stanley cup, like the real one but fraction of the cost")]
    [InlineData("fuke版 jordans, ready stock")]
    [InlineData("1:1 labubu, comes with box")]
    [InlineData("oem dyson airwrap, ori quality, 1/3 price")]                                                // C5: 复刻 in pinyin
    public void Flags_cross_border_counterfeit(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("OEM headlight for Mitsubishi, same fitting as original, cheaper than casa")]
    [InlineData("OEM grade filters, fits Perodua Myvi")]
    [InlineData("is the charger OEM or third party?")]
    public void Keeps_oem_parts_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("L a z a d a Head Office: your shop payout is on hold")]                       // C6: marketplace office
    [InlineData("Sh 0 pee Compliance Team - verify your account today")]
    [InlineData("我係恒生銀行客戶服務部，請提供卡號核實")]                                       // C6: bank desk
    [InlineData("Good day, this is BDO card department, kindly give the OTP we sent")]
    [InlineData("Flash Express here, kindly pay the redelivery charge")]                        // C6: courier
    [InlineData("hi po, J&T here, your parcel needs address confirmation")]
    [InlineData("Good morning, this is GDEX, your item is held until the fee is paid")]
    [InlineData("hello madam, Shopee Compliance Team here")]
    [InlineData("RHB customer service here, we need to confirm one transaction")]
    public void Flags_cross_border_impersonation(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("we use Flash Express here in Bangkok, 1-2 days")]
    [InlineData("J&T waybill: JT7788123456, ETA Friday")]
    [InlineData("if your card was charged twice, please call your bank")]
    [InlineData("Lazada will refund you once the return arrives")]
    [InlineData("Lazada HQ decides the voucher rules, sorry")]
    [InlineData("we accept the UOB card installment at checkout")]
    public void Keeps_courier_bank_and_platform_mentions_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("kindly comment legit seller and fast delivery ya")]                             // C7: dictated review
    [InlineData("pls change ur rating, we will resend for free")]                                // C7: review change
    [InlineData("sis change to good one ha, we refund the shipping")]
    [InlineData("hp返xj 每單")]
    [InlineData("pakipalitan na lang po ng review, bibigyan namin kayo ng voucher")]
    public void Flags_cross_border_review_solicitation(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("we are a legit seller, will ship today")]
    [InlineData("please write your unit number so the rider finds you")]
    [InlineData("thank you for the 5 stars, see you again")]
    public void Keeps_shop_talk_near_review_words_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("this toner works for everyone, any skin")]                                      // C8
    [InlineData("no.1 in asia already, trust")]
    [InlineData("pimples gone within a week guaranteed")]
    [InlineData("minus 2kg overnight with this tea")]
    [InlineData("best slimming coffee in malaysia")]
    [InlineData("we guarantee whiter skin after one tube")]
    public void Flags_cross_border_exaggerated_claims(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("5kg rice, delivered in 1 day")]
    [InlineData("results differ, not everyone sees change in a week")]
    [InlineData("the best way to reach us is this chat")]
    public void Keeps_cross_border_claim_look_alikes_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("add me po, my id is b e l l a s k i n 9")]                                      // C1: spaced after a bare id
    [InlineData("search my id: j o y s t o r e _ m y")]
    [InlineData("tele name, read it backwards: 77pohsnil")]                                    // C1: reversed with the instruction
    [InlineData("我的號倒過來打：gnohsiab")]
    public void Flags_hidden_handles(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("my id is uploaded, can you check the warranty")]
    [InlineData("order id is 2 6 1 1 0 5 7 7")]
    [InlineData("the cap can be worn backwards too")]
    public void Keeps_ids_and_backwards_talk_clean(string text) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
