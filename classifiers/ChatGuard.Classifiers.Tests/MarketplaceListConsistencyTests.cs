using System.Text.Json;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C6 and C1 each keep their own list of marketplaces (a rule sees one family, and each list also holds words of its
/// own rules: "the platform", 闲鱼's nicknames), so the names are written in each. The impersonation head-office list
/// (<c>marketplace_name</c>) is the reference: every other platform list names each of its marketplaces, so a market
/// added to one list cannot be missing from the others again. Couriers likewise: the list of couriers writing in the chat
/// (<c>courier_sea</c>) is the reference for the English header list.
/// </summary>
public class MarketplaceListConsistencyTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static readonly JsonSerializerOptions FileOptions = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static LexiconFile BuiltIn(string name)
    {
        var assembly = typeof(LexiconCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream($"ChatGuard.Classifiers.Lexicons.{name}.json")
            ?? throw new InvalidOperationException($"no built-in lexicon {name}");
        return JsonSerializer.Deserialize<LexiconFile>(stream, FileOptions)!;
    }

    private static string Compact(string term) => Normalizer.Normalize(term.Trim('*')).Compact.Text;

    private static HashSet<string> Family(string file, params string[] families) =>
        [.. families.SelectMany(f => BuiltIn(file).Families[f]).Select(Compact)];

    // The reference names in Latin script (the Chinese lists name Chinese marketplaces by their Chinese names).
    private static IEnumerable<string> ReferenceNames() =>
        Family("cross_border_impersonation", "marketplace_name").Where(t => t.All(c => c < 0x2E80));

    // The tenant's own platform (common.json's "platform", digits read as the letters they imitate) is no other platform.
    private static bool IsOwnPlatform(string compact)
    {
        var own = Family("common", "platform");
        var read = new string([.. compact.Select(c => c switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', _ => c })]);
        return own.Contains(read) || TenantMarketplaces.Contains(read);
    }

    // Marketplaces the gateway's own shops sell on ("our shop is on Daraz, order in the Daraz app", "an official LazMall
    // store"): naming them sends nobody elsewhere.
    private static readonly string[] TenantMarketplaces = ["daraz", "lazmall"];

    // A name that is also an everyday word (noon, jiji, konga, "take a lot") is written with its domain or "app" in lists
    // whose rules need little context around it.
    private static bool Names(HashSet<string> list, string name, bool qualifiedAllowed) =>
        list.Contains(name) || (qualifiedAllowed && list.Any(t => t.Length > name.Length && t.StartsWith(name, StringComparison.Ordinal)));

    private static void NoneMissing(IEnumerable<string> missing, string list)
    {
        var names = missing.ToList();
        Assert.True(names.Count == 0, $"{list} lacks: {string.Join(", ", names)}");
    }

    [Fact]
    public void The_english_header_list_names_every_reference_marketplace_and_no_other()
    {
        var list = Family("impersonation_en", "en_marketplace");
        var reference = ReferenceNames().ToHashSet();
        NoneMissing(reference.Where(n => !list.Contains(n)), "en_marketplace");
        // Its other terms are the platform spoken of generically, not a marketplace missing from the reference.
        NoneMissing(list.Where(t => !reference.Contains(t) && !t.Contains("platform") && !t.Contains("marketplace") && !t.Contains("seller")), "marketplace_name");
    }

    [Fact]
    public void The_staff_title_list_names_every_reference_marketplace() =>
        NoneMissing(ReferenceNames().Where(n => !Names(Family("impersonation", "platform_name"), n, qualifiedAllowed: true)), "platform_name");

    // Hermès is a luxury house before it is Hermes the courier: the English header list, whose rules need no courier
    // word beside the name ("this is a Hermes bag, payment at checkout"), leaves it out.
    private static readonly string[] BrandsBeforeCouriers = ["hermes"];

    [Fact]
    public void The_english_header_list_names_every_courier_that_writes_in_the_chat() =>
        NoneMissing(Family("cross_border_impersonation", "courier_sea").Where(n => !BrandsBeforeCouriers.Contains(n) && !Family("impersonation_en", "en_carrier_or_agency").Contains(n)), "en_carrier_or_agency");

    [Fact]
    public void The_other_platform_lists_name_every_reference_marketplace_but_the_tenants_own() =>
        NoneMissing(ReferenceNames().Where(n => !IsOwnPlatform(n) && !Names(Family("contact_diversion", "other_platform", "marketplace"), n, qualifiedAllowed: true)), "other_platform");
}
