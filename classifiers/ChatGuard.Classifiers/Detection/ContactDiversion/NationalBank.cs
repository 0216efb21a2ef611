namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: the banks (and their local spellings) of one served market, with the length its account numbers have; a number of
/// that length beside one of these names is an account. <paramref name="NubanCodes"/>: for Nigerian deposit banks, the
/// CBN bank code the account's check digit is computed with (<see cref="Nuban"/>).
/// </summary>
public sealed record NationalBank(string[] Names, int MinDigits, int MaxDigits, IReadOnlyDictionary<string, string>? NubanCodes = null)
{
    // CBN codes of the deposit money banks sellers name; their NUBANs carry a check digit over code and serial.
    private static readonly Dictionary<string, string> NigerianCodes = new(StringComparer.Ordinal)
    {
        ["gtb"] = "058", ["gtbank"] = "058", ["gt bank"] = "058", ["guaranty trust"] = "058", ["access"] = "044", ["access bank"] = "044",
        ["zenith"] = "057", ["zenith bank"] = "057", ["uba"] = "033", ["first bank"] = "011", ["firstbank"] = "011", ["fbn"] = "011",
        ["fidelity"] = "070", ["fidelity bank"] = "070", ["union bank"] = "032", ["sterling"] = "232", ["sterling bank"] = "232",
        ["wema"] = "035", ["wema bank"] = "035", ["fcmb"] = "214", ["ecobank"] = "050", ["stanbic"] = "221", ["polaris"] = "076",
        ["keystone"] = "082", ["heritage bank"] = "030", ["unity bank"] = "215",
    };

    /// <summary>The markets served, by account length.</summary>
    public static readonly NationalBank[] Served =
    [
        // Nigeria: NUBAN, 10 digits; the deposit banks' check digit is verified.
        new([.. NigerianCodes.Keys], 10, 10, NigerianCodes),
        // Nigeria's fintech banks number accounts by their own scheme (often the phone number without its 0): 10 digits.
        new(["opay", "kuda", "kuda bank", "moniepoint", "palmpay"], 10, 10),
        // Pakistan (Meezan 14, HBL 14, UBL 12, …) and Bangladesh (DBBL 13, Islami 17, BRAC 13, Sonali 13).
        new(["meezan", "meezan bank", "hbl", "habib bank", "ubl", "mcb", "allied bank", "bank alfalah", "alfalah", "askari", "faysal", "nbp",
            "dbbl", "dutch-bangla", "dutch bangla", "islami bank", "brac bank", "sonali bank"], 10, 17),
        // Indonesia: BCA 10, BNI 10, Mandiri 13, BRI 15, BSI 10.
        new(["bca", "bri", "bni", "bsi", "mandiri", "bank mandiri", "cimb niaga", "permata", "danamon"], 10, 16),
        // Philippines: BDO 10–12, BPI 10, Metrobank 13, Landbank 10, UnionBank 12.
        new(["bdo", "bpi", "metrobank", "landbank", "unionbank", "security bank", "rcbc", "pnb"], 10, 13),
        // Malaysia: Maybank 12, CIMB 10–14, Public Bank 10, RHB 14, Hong Leong 11, AmBank 13, Bank Islam 14.
        new(["maybank", "cimb", "public bank", "pbb", "rhb", "hong leong", "ambank", "bank islam"], 10, 14),
        // Hong Kong: three-digit bank code (012 BOC, 004 HSBC, 024 Hang Seng), branch, account: 9–15 digits written.
        new(["中银", "中銀", "中银香港", "boc", "bochk", "汇丰", "匯豐", "hsbc", "恒生", "hang seng", "渣打", "standard chartered", "东亚", "東亞"], 9, 15),
        // Mainland: personal and corporate (对公) accounts, 12–20 digits.
        new(["工商银行", "工行", "建设银行", "建行", "农业银行", "农行", "中国银行", "中行", "招商银行", "招行", "交通银行", "交行", "邮储", "邮政储蓄",
            "民生银行", "浦发", "兴业银行", "中信银行", "光大银行", "平安银行"], 12, 20),
    ];
}
