using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 phone numbers as the numbering plans (libphonenumber) read them: worldwide numbers are caught after "+" or "00",
/// after their trunk prefix in groups, or beside a word asking to call or text them; the numbers of shop talk that
/// some plan would also accept stay clean.
/// </summary>
public class WorldwidePhoneNumberTests
{
    private const string Label = Labels.ContactDiversion;

    [Theory]
    // with the country code: the country's plan accepts it
    [InlineData("+55 11 91234-5678 no zap, fica mais barato")]
    [InlineData("Whatsapp +60 12-345 6789 for the wholesale list")]
    [InlineData("0044 7911 123456 is our UK line, message us there")]
    // after the trunk prefix, grouped as people type it
    [InlineData("0917 123 4567 po, mas mura kapag direct")]
    [InlineData("cheaper if you order from us directly: 0803 123 4567")]
    [InlineData("06 12 34 56 78, je vous fais un prix")]
    [InlineData("Telp 0812 3456 7890 ya kak, lebih murah")]
    // without a trunk prefix, beside a word asking to call or text
    [InlineData("my number is 98201 55734, ping me there for the best rate")]
    [InlineData("llámame al 55 1234 5678 y te hago descuento")]
    [InlineData("звони 8 912 345-67-89, договоримся без площадки")]
    [InlineData("Call 98110 22334 to confirm your refund")]
    [InlineData("07911 123456 on WhatsApp, I'll send photos")]
    // a mainland-shaped number in a range the plan has not assigned, which the message says to call
    [InlineData("订单19466778899，有事直接打这个电话")]
    public void Flags_numbers_the_plans_accept_where_they_are_offered(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    // junk and prices after a plus sign: no country's plan has them
    [InlineData("the app shows +1 000 000 0000 as the seller's contact, is that normal?")]
    [InlineData("Total +12 999 000 VND for both")]
    // order and tracking numbers, prices, dates, quantities
    [InlineData("Номер заказа 1736 2290 45, посылка уже в пункте выдачи")]
    [InlineData("Order namba 88120455 imefika leo, asante")]
    [InlineData("Order number 6623 4519 8871, please check the status")]
    [InlineData("Rp 1.299.000 saja kak, gratis ongkir")]
    [InlineData("We have 1 000 000 units in stock, ships in 2 days")]
    [InlineData("Delivery between 2025-06-15 and 2025-06-18")]
    // IMEI, postcodes, part numbers
    [InlineData("IMEI 356938035643809 matches the box, all good")]
    [InlineData("CEP 01310-100, São Paulo, chega em 3 dias")]
    [InlineData("Is this the right one? The old pump says 06A 115 561 B")]
    [InlineData("The brake pads 04465-02220 fit the 2016 Corolla, front axle")]
    // a call word that is about someone else's call, not the number offered
    [InlineData("the driver will call you before delivery, parcel 9811 0223 34 is on the van")]
    public void Passes_numbers_of_shop_talk(string text) => LabelAssert.NoRuleFlags(Label, text);

    // A buyer telling the shop which number called them reports it; it invites no contact.
    [Theory]
    [InlineData("Someone called me from 98110 22334 saying they're from your shop, was that you?")]
    public void Passes_a_buyer_reporting_a_caller(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);
}
