using PhoneNumbers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: which digit runs are dialable numbers. libphonenumber's numbering-plan metadata decides validity (which prefixes
/// a country's mobiles, landlines and 400/800 lines use, and their lengths), so the rule follows the plans as their
/// maintainers update them. Hand-written, and kept small, is only what no plan knows: which markets ChatGuard serves, and
/// how people type a national number — after its trunk prefix, in groups (<c>0917 123 4567</c>, <c>0803 123 4567</c>,
/// <c>8 912 345-67-89</c>). Some plan accepts almost any run of eight or more digits, so a plan's yes alone never makes an
/// order number, a price or a date a phone (precision first): the callers add the trunk prefix, the "+" or a dial cue.
/// </summary>
public static class PhoneNumberPlan
{
    // The instance holds the parsed metadata of every region: built once, at the first number that reaches it.
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // Home markets: any line of theirs (a landline with its area code, a 400/800 line) typed grouped is one.
    private static readonly string[] HomeRegions = ["CN", "TW"];

    // The markets ChatGuard serves and the corpus shows; only their mobiles count as national numbers.
    private static readonly string[] ServedRegions =
    [
        "CN", "TW", "HK", "MO", "SG", "MY", "PH", "ID", "TH", "VN", "KH", "JP", "KR", "US", "CA", "GB", "IE", "DE", "FR", "ES", "PT", "IT", "NL",
        "BE", "PL", "RO", "RU", "KZ", "UZ", "UA", "TR", "BR", "MX", "CO", "AR", "CL", "PE", "NG", "KE", "GH", "ZA", "EG", "MA", "AE", "SA",
        "IN", "PK", "BD", "AU", "NZ", "IL",
    ];

    // Served regions by the trunk prefix their national format starts with ("0" in most, "8" in Russia and Kazakhstan).
    private static readonly Dictionary<char, string[]> RegionsByTrunkPrefix = ServedRegions
        .Select(r => (Region: r, Prefix: Util.GetMetadataForRegion(r).NationalPrefix))
        .Where(x => x.Prefix is { Length: 1 })
        .GroupBy(x => x.Prefix[0])
        .ToDictionary(g => g.Key, g => g.Select(x => x.Region).ToArray());

    /// <summary>A mainland mobile, also after 86 or 0086: a valid one is a phone whatever precedes it (issue 16).</summary>
    public static bool IsMainlandMobile(string d) => MainlandShaped(d) is { } national && Is(Parse(national, "CN"), PhoneNumberType.MOBILE);

    /// <summary>
    /// The shape of a mainland mobile (1[3-9] and nine digits, also after 86 or 0086) in a range the plan has not
    /// assigned (174…, 194…): a sender's made-up or mistyped number, a phone only where the message says to call it.
    /// </summary>
    public static bool IsMainlandShaped(string d) => MainlandShaped(d) is not null;

    private static string? MainlandShaped(string d) => d.Length switch
    {
        11 when d[0] == '1' && d[1] is >= '3' and <= '9' => d,
        13 when d.StartsWith("86", StringComparison.Ordinal) => MainlandShaped(d[2..]),
        15 when d.StartsWith("0086", StringComparison.Ordinal) => MainlandShaped(d[4..]),
        _ => null,
    };

    /// <summary>A Taiwan mobile (09…), which people type without grouping.</summary>
    public static bool IsTaiwanMobile(string d) =>
        d.Length == 10 && d.StartsWith("09", StringComparison.Ordinal) && Is(Parse(d, "TW"), PhoneNumberType.MOBILE);

    /// <summary>A number with its country code (after "+", "00" or "plus"): the plan of that country must accept it.</summary>
    public static bool IsInternational(string d) =>
        d.Length is >= 8 and <= 15 && d[0] != '0' && Parse("+" + d, "ZZ") is { } number && Util.IsValidNumber(number);

    /// <summary>
    /// A number after its country code of a length that country's plan allows, assigned or not (+44 7700 918263 lies in a
    /// range kept for fiction): a phone only beside a dial cue, where the sender says it is one to call or message.
    /// </summary>
    public static bool IsPossibleInternational(string d) =>
        d.Length is >= 8 and <= 15 && d[0] != '0' && Parse("+" + d, "ZZ") is { } number && Util.IsPossibleNumber(number);

    /// <summary>
    /// A national number typed with its trunk prefix and grouped (<c>021-6555 8888</c>, <c>0917 123 4567</c>,
    /// <c>8 912 345-67-89</c>): a home market's line of any kind, elsewhere a served market's mobile.
    /// </summary>
    public static bool IsTypedNational(string d, int separators)
    {
        if (separators == 0 || d.Length is < 10 or > 12 || d[1] == '0') return false;
        if (d[0] == '0')
        {
            foreach (var region in HomeRegions)
            {
                if (Parse(d, region) is { } number && Util.GetNumberType(number) != PhoneNumberType.UNKNOWN) return true;
            }
        }
        if (!RegionsByTrunkPrefix.TryGetValue(d[0], out var regions)) return false;
        foreach (var region in regions)
        {
            if (Parse(d, region) is { } number && IsMobile(number)) return true;
        }
        return false;
    }

    /// <summary>A 400/800 line of the mainland, typed grouped (<c>400-820-8820</c>).</summary>
    public static bool IsMainlandServiceLine(string d, int separators) =>
        separators > 0 && d.Length == 10 && d[0] is '4' or '8'
        && Parse(d, "CN") is { } number && Util.GetNumberType(number) is PhoneNumberType.TOLL_FREE or PhoneNumberType.SHARED_COST;

    /// <summary>A mobile of some served market, typed without its country code: a phone only beside a dial cue.</summary>
    public static bool IsNationalMobile(string d)
    {
        if (d.Length is < 7 or > 13) return false;
        foreach (var region in ServedRegions)
        {
            if (Parse(d, region) is { } number && IsMobile(number)) return true;
        }
        return false;
    }

    // A number's type is UNKNOWN unless it is valid: asking the type alone spares a second pass over the plan's patterns.
    private static bool IsMobile(PhoneNumber number) => Util.GetNumberType(number) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;

    private static bool Is(PhoneNumber? number, PhoneNumberType type) => number is not null && Util.GetNumberType(number) == type;

    private static PhoneNumber? Parse(string digits, string region)
    {
        try
        {
            return Util.Parse(digits, region);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
