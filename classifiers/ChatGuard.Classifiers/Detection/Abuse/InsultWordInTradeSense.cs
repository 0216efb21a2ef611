using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: an English insult word in the sense a trade gives it — a breeder's bitch (a female dog: "my bitch is due, is the
/// whelping box big enough"), a bastard file or sword, Fat Bastard wine, faggots in gravy (a British meatball), an engine's
/// "advance and retard" (ignition timing), a British fag lighter (a cigarette), the French "retard" (a delay: "mon colis est
/// en retard", "désolé du retard"). Three
/// independent writers put these among the look-alikes, and each was blocked as an insult. Said to someone ("you
/// bitch", "u fat bastard") the word keeps its insult: the trade sense needs its own context and no address.
/// </summary>
public static partial class InsultWordInTradeSense
{
    /// <summary>How far around the term the trade's words may stand (characters of the folded text).</summary>
    private const int Window = 60;

    /// <summary>Whether the term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is a trade word here.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end)
    {
        var term = folded[start..end];
        var around = folded[Math.Max(0, start - Window)..Math.Min(folded.Length, end + Window)];
        if (Addressed().IsMatch(folded[Math.Max(0, start - 12)..start])) return false;
        if (term.StartsWith("bitch", StringComparison.Ordinal))
            return DogBreeding().IsMatch(around) || BitchesBrew().IsMatch(folded[start..Math.Min(folded.Length, end + 8)]);
        if (term.StartsWith("bastard", StringComparison.Ordinal))
            return ToolOrWine().IsMatch(folded[start..Math.Min(folded.Length, end + 24)]) || FatBastardWine().IsMatch(around);
        if (term.StartsWith("faggot", StringComparison.Ordinal)) return Meatballs().IsMatch(around);
        // The Muppets are puppets: "the Muppet Show box set", "a Muppets plush".
        if (term.IndexOf("muppet", StringComparison.Ordinal) is >= 0 and var muppet)
            return MuppetsTitle().IsMatch(folded[(start + muppet)..Math.Min(folded.Length, end + 24)]);
        // Letter codes that are a curse's initials in chat and a field's term here: KNN the classifier, TMD the jaw disorder.
        if (term.StartsWith("knn", StringComparison.Ordinal)) return MachineLearning().IsMatch(around);
        if (term.StartsWith("tmd", StringComparison.Ordinal)) return JawDisorder().IsMatch(around);
        if (term is "fag" or "fags") return Cigarette().IsMatch(folded[end..Math.Min(folded.Length, end + 16)]);
        if (term.StartsWith("retard", StringComparison.Ordinal))
            return IgnitionTiming().IsMatch(around) || FrenchDelay().IsMatch(folded[Math.Max(0, start - 24)..start]);
        return false;
    }

    // "you bitch", "u fat bastard", "ur a bitch": said to the other side, whatever the trade.
    [GeneratedRegex(@"\b(?:you|u|ur|youre|you're|you\ are|ya)\s+(?:a\s+|an\s+|fat\s+|stupid\s+|dumb\s+|little\s+|old\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Addressed();

    [GeneratedRegex(@"\b(?:whelp\w*|pups?|puppies|puppy|litter|stud|in\ season|in\ heat|breed\w*|kennel|kc\ registered|dam|sire|spay\w*|mated|her\ heat|dog|dogs
        |staffy|staffie|jack\ russell|whippet|lurcher|greyhound|labrador|lab|spaniel|terrier|collie|poodle|husky|shepherd|bulldog|pug|beagle|dachshund|chihuahua|rottweiler|doberman|retriever|shih\ tzu|cavalier|cross|harness|collar|crate|leash|muzzle|\d+\ ?kg)\b", RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DogBreeding();

    // Bastard files and swords; The Bastard, a kamado grill's brand.
    [GeneratedRegex(@"^bastard\s+(?:file|files|cut|sword|swords|mill\ file|kamado|grill|grills|bbq|barbecue)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ToolOrWine();

    [GeneratedRegex(@"\bfat\s+bastard\b[^.!?]{0,40}\b(?:wine|chardonnay|merlot|shiraz|cabernet|sauvignon|pinot|bottles?|rose|rosé)\b|\b(?:wine|chardonnay|merlot|shiraz|bottles?)\b[^.!?]{0,30}\bfat\s+bastard\b", RegexOptions.CultureInvariant)]
    private static partial Regex FatBastardWine();

    [GeneratedRegex(@"\badvance\s+(?:and|&|/|or)\s+retard|\bretard(?:s|ed)?\s+(?:the\s+)?(?:timing|ignition|spark)|\b(?:timing|ignition)\b[^.!?]{0,30}\bretard", RegexOptions.CultureInvariant)]
    private static partial Regex IgnitionTiming();

    // C2: French "retard" is a delay, after a preposition or determiner ("en retard", "du retard", "votre petit retard").
    [GeneratedRegex(@"(?:\b(?:en|du|de|un|le|au|sans|avec|ce|cet|mon|ton|son|notre|votre|leur|des|les|ces|mes|vos|nos|leurs)\s+|\bd['’]\s*)(?:petit\s+|gros\s+|long\s+|grand\s+|leger\s+|léger\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchDelay();

    [GeneratedRegex(@"\b(?:gravy|frozen|butcher|pork|onion|mash|meatballs?|brains|brain's|oven|packs?\ of|faggots\ and\ peas|peas|in\ stock)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Meatballs();

    // British "fag": a cigarette, in a lighter socket, a packet, a break or an end.
    [GeneratedRegex(@"^\s*(?:lighters?|packets?|packs?|ends?|breaks?|ash|papers?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cigarette();

    // Miles Davis's album.
    [GeneratedRegex(@"^bitches\s+brew\b", RegexOptions.CultureInvariant)]
    private static partial Regex BitchesBrew();

    [GeneratedRegex(@"^muppets?(?:'s?)?\s+(?:show|plush|plushies|movie|movies|babies|christmas|treasure\ island|most\ wanted|take|toys?|figures?|puppets?|dvds?|box\ set|collection|lego|soft\ toys?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MuppetsTitle();

    [GeneratedRegex(@"\b(?:machine\ learning|ml|ai|data\ science|algorithms?|classifiers?|classification|regression|clustering|k-?means|svm|neighbou?rs?|nearest|dataset|python|sklearn|scikit|course|module|syllabus|lecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MachineLearning();

    [GeneratedRegex(@"\b(?:tmj|jaw|jaws|clench\w*|grind\w*|bruxism|night\ guard|mouth\ ?guard|splint|dentist|dental|teeth|bite)\b", RegexOptions.CultureInvariant)]
    private static partial Regex JawDisorder();
}
