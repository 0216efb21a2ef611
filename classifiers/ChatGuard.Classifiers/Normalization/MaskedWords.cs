using System.Buffers;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// C2: English swear words and insults written with a mask or digits for letters (<c>f*cking</c>, <c>a$$hole</c>,
/// <c>id10t</c>, <c>stup1d</c>, <c>fvck</c>, <c>p3nd3jo</c>) read back as the word they hide, letter for letter, so the abuse patterns
/// can match them. Only words of a short list are read back, and only when one word alone fits: <c>d***</c> could be
/// several and stays as typed, while digits in codes and sizes (<c>s1d3</c>, <c>4$$</c>) fit none.
/// </summary>
public static class MaskedWords
{
    // The words a mask hides in chat; each replaces a token of its exact length.
    private static readonly string[] Words =
    [
        "fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "fuckin", "motherfucker", "shit", "shitty", "bullshit",
        "bitch", "bitches", "asshole", "assholes", "bastard", "idiot", "idiots", "stupid", "moron", "morons", "dumbass",
        "loser", "losers", "retard", "retarded", "cunt", "dickhead", "scammer", "scammers", "useless", "garbage", "clown",
        "clowns", "liar", "liars", "whore", "slut", "trash", "pathetic", "worthless", "incompetent", "faggot", "faggots",
        // The insults of other languages typed into English chat the same way (p3nd3jo, g0bl0k, orosp*), and the person
        // an insult is aimed at, so "1d10t s3ll3r" reads "idiot seller".
        "pendejo", "pendeja", "pendejos", "goblok", "orospu", "seller", "sellers",
        // The one three-letter word worth reading back: "pain in the a$$" hides nothing else.
        "ass",
    ];

    /// <summary>Characters that can stand for a letter inside a word: masks, and digits or symbols that look like one.</summary>
    private static readonly SearchValues<char> Stand = SearchValues.Create("*#@$!0134578");

    /// <summary>
    /// The folded text with every masked word read back, the same length so offsets carry over; null when no word was
    /// masked (the common case allocates nothing).
    /// </summary>
    public static string? ReadBack(string folded)
    {
        if (folded.AsSpan().IndexOfAny(Stand) < 0 && !folded.Contains('v')) return null;
        char[]? read = null;
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsTokenChar(folded[i])) { i++; continue; }
            var start = i;
            while (i < folded.Length && IsTokenChar(folded[i])) i++;
            var end = i;
            while (end > start && folded[end - 1] == '!') end--; // "stup1d!": the mark ends the sentence
            var token = folded.AsSpan(start, end - start);
            if (token.IndexOfAny(Stand) < 0 && !token.Contains('v')) continue;
            var word = Resolve(token);
            if (word is null) continue;
            read ??= folded.ToCharArray();
            word.AsSpan().CopyTo(read.AsSpan(start));
        }
        return read is null ? null : new string(read);
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '*' or '#' or '@' or '$' or '!';

    /// <summary>The one listed word <paramref name="token"/> hides, or null (plain words, other tokens, several fits).</summary>
    private static string? Resolve(ReadOnlySpan<char> token)
    {
        if (token.Length < 3) return null;
        string? found = null;
        foreach (var word in Words)
        {
            if (word.Length != token.Length || !Hides(token, word)) continue;
            if (found is not null) return null;
            found = word;
        }
        return found;
    }

    // Every character is the word's letter, a mask (not the first), or a look-alike; at least one is not the letter
    // itself (a plain word needs no reading) and at least two are (a row of stars hides nothing in particular); a
    // three-letter word needs only no digit ("a$$", "@$$", while "4$$" in a size code fits nothing).
    private static bool Hides(ReadOnlySpan<char> token, string word)
    {
        int same = 0, stand = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (c == word[k]) same++;
            else if (k > 0 && c is '*' or '#') stand++;
            else if (LooksLike(c, word[k])) stand++;
            else return false;
        }
        return stand > 0 && (token.Length == 3 ? !token.ContainsAnyInRange('0', '9') : same >= 2);
    }

    private static bool LooksLike(char c, char letter) => (c, letter) switch
    {
        ('0', 'o') or ('1', 'i') or ('1', 'l') or ('!', 'i') or ('3', 'e') or ('4', 'a') or ('@', 'a') or ('5', 's')
            or ('$', 's') or ('7', 't') or ('8', 'b') or ('v', 'u') => true,
        _ => false,
    };
}
