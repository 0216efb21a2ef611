using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C6 and C1 for the marketplaces, couriers and authorities of Africa, the Middle East, Europe and the rest of Asia:
/// a shop signing as the marketplace's desk, a notice in its name, a store said to be appointed its service centre,
/// a courier, tax office or telco writing in the chat; the shop on one of those marketplaces. Beside them the same
/// names as everyday words (noon, a Swahili town, a dance), a shop's name, a quoted policy and a warning.
/// Phrased apart from the corpora.
/// </summary>
public class WorldwideMarketplaceFamilyTests
{
    [Theory]
    [InlineData("Kilimall Help Centre here, your refund stays on hold until you confirm your card number")]
    [InlineData("OZON RESOLUTION CENTRE: your refund is held, reply with the card number you paid with")]
    [InlineData("Allegro Resolution Center: the dispute is closed, verify your account to receive the refund")]
    [InlineData("Good evening, this is the Blibli seller care desk, please verify your account in this chat")]
    [InlineData("N00n Help Centre: please verify the card you paid with")]
    [InlineData("J u m 1 a Customer Care: confirm your wallet PIN so the refund can be sent")]
    public void A_shop_signing_as_the_marketplace_desk_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Hepsiburada has appointed our store as its customer service centre here, so all complaints come to us")]
    [InlineData("Coupang authorised our shop to approve refunds for this region")]
    public void A_store_said_to_be_appointed_by_the_marketplace_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Message from ZATCA: the VAT on this purchase is unpaid, pay it today to the delivery agent")]
    [InlineData("FIRS officer here, your purchase attracts a levy that must be settled before dispatch")]
    [InlineData("SMSA Express here, your shipment is held, reply with your national ID")]
    [InlineData("hello this is Pathao, the delivery failed and a fee of Tk 120 is due, pay by bKash")]
    [InlineData("This is Airtel Money, your wallet is frozen, send the PIN to verify")]
    [InlineData("Stanbic Bank Card Services: a double charge on this order was stopped, reply with the OTP to reverse it")]
    [InlineData("Kenya Revenue Authority notice: duty on this parcel is unpaid, pay KSh 900 to the shop before dispatch")]
    public void A_courier_tax_office_or_telco_writing_in_the_shop_chat_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("We also sell on Trendyol, search our shop name there and order, it is cheaper")]
    [InlineData("find us on Kilimall as Westlands Bags, better price over there")]
    [InlineData("we also have it on jiji.ng, search our shop name there")]
    public void The_shop_on_another_marketplace_is_contact_diversion(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("We open at noon, our support team will answer all orders then")]
    [InlineData("I am free from noon, the team will pack your order after that")]
    [InlineData("Jiji la Nairobi lina foleni leo, the rider will come to our shop to collect your order later")]
    [InlineData("The konga dance class pack has 4 sessions, order on our page before Friday")]
    [InlineData("it will take a lot of time, we have many orders, buy early next time")]
    [InlineData("Per Trendyol's return policy, returns are free within 15 days from the orders page")]
    [InlineData("Beware: Allegro never asks for your card number in chat, ignore anyone claiming to be Allegro support")]
    [InlineData("We are an independent seller on Jumia, not Jumia itself; for wallet issues contact Jumia in the app")]
    [InlineData("Your parcel was handed to SMSA Express today, the tracking number is in your orders")]
    [InlineData("FNB customer care will call you about the refund, you do not need to pay anything")]
    public void The_same_names_as_everyday_words_quotes_and_warnings_are_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    [Fact]
    public void A_buyer_forwarding_such_a_notice_to_ask_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "got this: 'Kilimall Security Team: reply with your PIN' - was this you?", SenderRole.Buyer);
}
