using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 in English mixed with Spanish and Portuguese, as Latin American and Caribbean buyers and shops write it: drugs by
/// their local names with a weight, escorts by the hour or the night, the bolita numbers game, hawksbill shell (carey),
/// forged licences and guns with bullets; beside them the mate, the tortoiseshell-look frames, the prepaid plan and the
/// water pistol. Phrased apart from the corpora.
/// </summary>
public class LatinAmericanMixedProhibitedFamilyTests
{
    [Theory]
    [InlineData("bro the perico is back, 25 el gramo, same spot as before")]
    [InlineData("mota from Jamaica, una onza for 80, delivery tonight")]
    [InlineData("acompañantes VIP a domicilio, toda la noche, pregunta precio")]
    [InlineData("bolita numbers open till 8, la tirada paga 60 a 1")]
    [InlineData("concha de carey real, peinetas hechas a mano")]
    [InlineData("licencia de conducir falsa que escanea, lista en 3 días")]
    [InlineData("pistola 9mm con balas, sin papeles, cash only")]
    public void Local_names_of_prohibited_goods_and_services_are_prohibited(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("erva-mate 1 kg pura, chimarrão style, ships to Miami")]
    [InlineData("gafas efecto carey, acetate frame, unisex")]
    [InlineData("recarga prepago por hora de internet, plan de datos")]
    [InlineData("color marfil, 100% algodón, talla M")]
    [InlineData("the licencia de conducir is required to rent the scooter")]
    [InlineData("pistola de agua para niños, con tanque de 500 ml")]
    [InlineData("pepas de girasol 100 gramos")]
    [InlineData("erva doce 50 grama, chá natural")]
    public void The_look_alikes_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
