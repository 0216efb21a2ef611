using System.Collections.Frozen;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Cyrillic and Greek letters that look like Latin ones (<c>WhаtsАpp</c> with a Cyrillic а, <c>Τelegram</c>
/// with a Greek Tau). The normalizer applies them only next to Latin letters, so real Russian or Greek
/// words are left alone. Keys are lower case (the table is consulted after case folding).
/// </summary>
public static class Homoglyphs
{
    private static readonly FrozenDictionary<char, char> Map = new Dictionary<char, char>
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o',
        ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g', ['ո'] = 'n',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['ζ'] = 'z', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['μ'] = 'u',
        ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ω'] = 'w', ['γ'] = 'y',
    }.ToFrozenDictionary();

    public static bool TryGetLatin(char c, out char latin) => Map.TryGetValue(c, out latin);
}
