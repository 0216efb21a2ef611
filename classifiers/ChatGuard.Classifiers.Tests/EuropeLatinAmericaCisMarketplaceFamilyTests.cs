using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C6 and C1 for the marketplaces, couriers, posts, authorities and banks of Europe, Russia and the CIS and Latin
/// America: a shop signing as the marketplace's desk in the buyer's language or in Cyrillic, a courier's or a tax
/// office's notice asking money, the bank's security service; the shop on one of those marketplaces. Beside them the
/// same names as everyday words (Subito "at once", Otto the name, Zoll the inch, prom the dance, post the verb), a shop
/// telling the buyer to track on the courier's own site, a quoted fact and the shop's own warning. Phrased apart from
/// the corpora.
/// </summary>
public class EuropeLatinAmericaCisMarketplaceFamilyTests
{
    [Theory]
    [InlineData("Avito Support: your profile will be blocked tonight unless you verify the card here")]
    [InlineData("Cdiscount customer care here, the refund waits until you confirm your IBAN")]
    [InlineData("eMAG Customer Care: the order is frozen, pay the verification fee of 10 lei")]
    [InlineData("Magalu Suporte here, your reembolso is on hold, confirm the card number")]
    [InlineData("Leboncoin Service Client: votre compte sera suspendu, verify your identity")]
    [InlineData("Kundenservice von Kleinanzeigen: Ihr Konto wird gesperrt, bitte bestätigen Sie die Karte")]
    [InlineData("Soporte de Mercado Livre: tu cuenta será bloqueada, verifica tus datos")]
    [InlineData("Служба поддержки Вайлдберриз: ваш аккаунт будет заблокирован, подтвердите карту")]
    [InlineData("Авито поддержка: аккаунт заблокирован, пройдите верификацию по ссылке")]
    public void A_shop_signing_as_the_marketplace_desk_in_the_buyers_language_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Hola, soy del equipo de seguridad de Falabella, confirma tu tarjeta para liberar el reembolso")]
    [InlineData("Я из службы поддержки Озон, назовите номер карты, иначе заказ отменят")]
    [InlineData("Casas Bahia Team speaking, we now handle this return instead of the seller")]
    public void A_shop_introducing_itself_as_the_marketplace_staff_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("CDEK here, the parcel is stuck, pay 250 rubles to release it")]
    [InlineData("Notice from InPost: the locker code expired, pay 3 zł to get a new one")]
    [InlineData("PostNL: your parcel could not be delivered, pay the fee via this link")]
    [InlineData("This is Correios: your encomenda was taxed, reply YES to authorise the charge")]
    [InlineData("Poste Italiane: pacco in giacenza, pay 1,50 for the redelivery")]
    [InlineData("СДЭК: посылка задержана на складе, оплатите хранение по ссылке")]
    [InlineData("Нова Пошта: посилка затримана, оплатіть доставку за посиланням")]
    public void A_courier_or_post_writing_in_the_shop_chat_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Agenzia delle Entrate: devi pagare l'imposta su questo ordine entro stasera")]
    [InlineData("Finanzamt: Sie müssen die Steuer für diese Bestellung heute bezahlen")]
    [InlineData("Message from Receita Federal: the import tax is pending, pay it to the store today")]
    [InlineData("AFIP: su compra tiene un impuesto pendiente, pague hoy al vendedor")]
    [InlineData("Госуслуги: задолженность по налогу за посылку, оплатите сегодня")]
    [InlineData("PROFECO officer here, the complaint is closed, no need to write to the platform")]
    [InlineData("Policía Cibernética aquí, tu cuenta fue reportada, paga la multa al vendedor")]
    public void A_tax_customs_consumer_or_police_authority_writing_in_the_shop_chat_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Я сотрудник службы безопасности банка, продиктуйте код из СМС")]
    [InlineData("Bancolombia fraud team here, reply with the code we sent to stop the charge")]
    [InlineData("Сбербанк, служба безопасности: по карте странная операция, продиктуйте код из СМС")]
    [InlineData("ПриватБанк, служба безпеки: картку заблоковано, назвіть код з СМС")]
    [InlineData("Sluzhba bezopasnosti Sberbanka: the card is frozen, send the SMS code to unfreeze it")]
    [InlineData("Tinkoff security service: a transfer is pending, tell me the code from SMS to cancel it")]
    public void The_banks_security_service_writing_in_the_shop_chat_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("We also sell on Wallapop, search our shop name there, it is cheaper")]
    [InlineData("find us on Marktplaats under the same shop name, better price over there")]
    [InlineData("we are on Yandex Market too, search our store name")]
    [InlineData("find our store on Озоне under the same name, cheaper there")]  // a Cyrillic name inflected
    [InlineData("we also have a shop on Авито, search our store name, cheaper there")]
    public void The_shop_on_another_marketplace_is_contact_diversion(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("ti rispondo subito, the support team will check your order")]
    [InlineData("Subito dopo il pagamento spediamo, assistenza clienti sempre disponibile")]
    [InlineData("Hi, Otto here from the shop's customer care, your parcel ships today")]
    [InlineData("The display is 6 Zoll, here is a photo next to a ruler")]
    [InlineData("This gown is perfect for prom, the support in the bodice is great")]
    [InlineData("You can post the parcel back to us, we refund when it arrives")]
    [InlineData("Americanas sizes run small, the support team can send the chart")]
    [InlineData("The parcel is at the counter of La Poste, 12 rue de la Poste, Lyon")]
    public void The_same_names_as_everyday_words_are_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("Please track your parcel on the InPost website with the number in your order")]
    [InlineData("We ship with Correos Express, you can follow it on their site")]
    [InlineData("Nova Poshta: the parcel reached branch 12, bring your passport to collect it")]
    [InlineData("Receita Federal cobra imposto na entrega, isso é pago aos Correios, não para nós")]
    [InlineData("Aduana: el impuesto ya está incluido en el precio, no tienes que pagar nada")]
    [InlineData("Finanzamt und Zoll verlangen keine Zahlung im Chat, bitte nichts bezahlen")]
    [InlineData("Служба безопасности банка никогда не просит код из СМС, не сообщайте его никому")]
    [InlineData("Служба безопасности Сбербанка никогда не спрашивает код из СМС")]
    [InlineData("If the Tinkoff security service calls asking for an SMS code, hang up and call the bank yourself")]
    [InlineData("Our security service checks every order; pay by card only at the Ozon checkout")]
    [InlineData("Осторожно, мошенники пишут от имени СДЭК и просят оплатить доставку по ссылке")]
    [InlineData("Служба поддержки Озон поможет с возвратом, напишите им в приложении")]
    [InlineData("Beware: Avito never asks for your card in chat, ignore anyone claiming to be Avito support")]
    [InlineData("We don't sell on Wallapop, only here")]
    public void Tracking_on_the_couriers_site_quoted_facts_and_warnings_are_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    [Fact]
    public void A_buyer_forwarding_a_couriers_notice_to_ask_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "СДЭК: посылка задержана, оплатите доставку по ссылке — это вы мне прислали?", SenderRole.Buyer);
}
