namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1: a phone number read out in compound number words after a contact cue, as Turkish, Russian, Polish and Arabic
/// speakers group it ("beş yüz otuz iki, dört sıfır bir" = 532 401, "восемь девять один шесть", "pięćset dwadzieścia
/// jeden", "صفر خمسة، ستة ستة"), digits mixed in ("9ноль3"). The digit forms of the normalizer read single digit
/// words only; a compound (hundreds, tens) is summed here and its digits joined. Only after a cue, and only a chain of
/// 7–15 digits (a phone or an app's numeric ID) from two words at least, so a price or a quantity in words is no number.
/// Hand-written at this seam: the registry serves no parser of these languages' number words (Humanizer writes numbers
/// as words, it does not read them back; Microsoft.Recognizers.Text.Number is listed, but every version of it fails to
/// download from the registry), so it stays this small table and sum.
/// </summary>
public static class SpokenNumber
{
    private enum Kind { Zero, Unit, Teen, Ten, Hundred, HundredTimes }

    // Folded spellings: the folded view drops accents (beş → bes, pięć → piec, أربعة → اربعة); Turkish ı has no accent
    // to drop and is read as i when a word is looked up.
    private static readonly Dictionary<string, (int Value, Kind Kind)> Words = Build();

    // Everyday words that are number words too (Turkish "on" = ten, "bir" = a): never the first word of a number.
    private static readonly HashSet<string> NotFirst = ["on", "bir", "sto", "ست"];

    private const int MaxLead = 24;

    /// <summary>Longer than the longest number word (dziewięćdziesiąt) and than a phone number's digits.</summary>
    private const int MaxToken = 20;

    /// <summary>
    /// A number read out after a cue in this reader's compound words or in the digit words of <see cref="LocalDigitWords"/>
    /// (Korean, kana, Thai, Vietnamese, French), or null: what a contact cue's tail asks.
    /// </summary>
    public static (int Start, int End)? InWordsAfter(string folded, int from) => After(folded, from) ?? LocalDigitWords.After(folded, from);

    /// <summary>The spoken number starting within a few words after <paramref name="from"/> in the folded text, or null.</summary>
    public static (int Start, int End)? After(string folded, int from)
    {
        var i = from;
        var skipped = 0;
        int start = -1, end = -1, digits = 0, words = 0;
        var value = -1;
        var last = Kind.Zero;
        while (i < folded.Length)
        {
            // The separators a number is read out with: spaces, commas (also Arabic ،), hyphens, slashes, colons.
            if (!char.IsLetterOrDigit(folded[i]))
            {
                if (start >= 0 && folded[i] is '.' or '!' or '?' or '\n' or '。') break;
                i++;
                continue;
            }
            // Cost: a token longer than any number word (or than a phone number's digits) ends the reading, so a long run
            // of letters after a cue (微微微… ten thousand times) is not walked and copied to its end at every cue.
            var tokenLimit = Math.Min(folded.Length, i + MaxToken + 1);
            var tokenEnd = i + 1;
            while (tokenEnd < tokenLimit && char.IsLetterOrDigit(folded[tokenEnd])) tokenEnd++;
            if (tokenEnd - i > MaxToken) break;
            // An Arabizi word holds digits ("sab3a"); otherwise a token ends where letters turn to digits or back
            // ("9ноль3" reads 9, 0, 3).
            var digitToken = char.IsDigit(folded[i]);
            if (!Words.ContainsKey(Spelling(folded[i..tokenEnd])))
            {
                tokenEnd = i + 1;
                while (tokenEnd < tokenLimit && char.IsLetterOrDigit(folded[tokenEnd]) && char.IsDigit(folded[tokenEnd]) == digitToken) tokenEnd++;
            }
            else digitToken = false;
            var token = Spelling(folded[i..tokenEnd]);
            if (digitToken)
            {
                if (start < 0) start = i;
                Flush(ref value, ref digits);
                digits += token.Length;
                end = tokenEnd;
            }
            else if (Words.TryGetValue(token, out var word) && (start >= 0 || !NotFirst.Contains(token)))
            {
                if (start < 0) start = i;
                Add(word, ref value, ref last, ref digits);
                words++;
                end = tokenEnd;
            }
            else if (start < 0 && skipped < 2 && token.Length <= 5 && i - from <= MaxLead)
            {
                // A short word before the number ("вк: id семь…", "yaz abi: beş…").
                skipped++;
            }
            else break;
            i = tokenEnd;
        }
        Flush(ref value, ref digits);
        return start >= 0 && words >= 2 && digits is >= 7 and <= 15 ? (start, end) : null;
    }

    private static string Spelling(string token) => token.Replace('ı', 'i');

    // How a word joins the group being read: 5 × 100 + 30 + 2 is one group (532); a unit after a unit starts a new one.
    private static void Add((int Value, Kind Kind) word, ref int value, ref Kind last, ref int digits)
    {
        switch (word.Kind)
        {
            case Kind.Zero:
                Flush(ref value, ref digits);
                digits++;
                return;
            case Kind.HundredTimes when value is > 0 and < 10 && last == Kind.Unit:
                value *= 100;
                last = Kind.Hundred;
                return;
            case Kind.Ten or Kind.Teen when value >= 100 && last == Kind.Hundred:
            case Kind.Unit when value >= 100 && last == Kind.Hundred:
            case Kind.Unit when value >= 20 && last == Kind.Ten:
                value += word.Value;
                last = word.Kind;
                return;
        }
        Flush(ref value, ref digits);
        value = word.Kind == Kind.HundredTimes ? 100 : word.Value;
        last = word.Kind == Kind.HundredTimes ? Kind.Hundred : word.Kind;
    }

    private static void Flush(ref int value, ref int digits)
    {
        if (value < 0) return;
        digits += value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        value = -1;
    }

    private static Dictionary<string, (int, Kind)> Build()
    {
        var words = new Dictionary<string, (int, Kind)>(StringComparer.Ordinal);
        void Put(Kind kind, int value, params string[] spellings)
        {
            foreach (var s in spellings) words[s] = (value, kind);
        }
        // Turkish
        Put(Kind.Zero, 0, "sifir");
        Put(Kind.Unit, 1, "bir"); Put(Kind.Unit, 2, "iki"); Put(Kind.Unit, 3, "uc"); Put(Kind.Unit, 4, "dort");
        Put(Kind.Unit, 5, "bes"); Put(Kind.Unit, 6, "alti"); Put(Kind.Unit, 7, "yedi"); Put(Kind.Unit, 8, "sekiz"); Put(Kind.Unit, 9, "dokuz");
        Put(Kind.Ten, 10, "on"); Put(Kind.Ten, 20, "yirmi"); Put(Kind.Ten, 30, "otuz"); Put(Kind.Ten, 40, "kirk"); Put(Kind.Ten, 50, "elli");
        Put(Kind.Ten, 60, "altmis"); Put(Kind.Ten, 70, "yetmis"); Put(Kind.Ten, 80, "seksen"); Put(Kind.Ten, 90, "doksan");
        Put(Kind.HundredTimes, 100, "yuz");
        // Russian
        Put(Kind.Zero, 0, "ноль", "нуль");
        Put(Kind.Unit, 1, "один", "одна"); Put(Kind.Unit, 2, "два", "две"); Put(Kind.Unit, 3, "три"); Put(Kind.Unit, 4, "четыре"); Put(Kind.Unit, 5, "пять");
        Put(Kind.Unit, 6, "шесть"); Put(Kind.Unit, 7, "семь"); Put(Kind.Unit, 8, "восемь"); Put(Kind.Unit, 9, "девять");
        Put(Kind.Teen, 10, "десять"); Put(Kind.Teen, 11, "одиннадцать"); Put(Kind.Teen, 12, "двенадцать"); Put(Kind.Teen, 13, "тринадцать"); Put(Kind.Teen, 14, "четырнадцать");
        Put(Kind.Teen, 15, "пятнадцать"); Put(Kind.Teen, 16, "шестнадцать"); Put(Kind.Teen, 17, "семнадцать"); Put(Kind.Teen, 18, "восемнадцать"); Put(Kind.Teen, 19, "девятнадцать");
        Put(Kind.Ten, 20, "двадцать"); Put(Kind.Ten, 30, "тридцать"); Put(Kind.Ten, 40, "сорок"); Put(Kind.Ten, 50, "пятьдесят"); Put(Kind.Ten, 60, "шестьдесят");
        Put(Kind.Ten, 70, "семьдесят"); Put(Kind.Ten, 80, "восемьдесят"); Put(Kind.Ten, 90, "девяносто");
        Put(Kind.Hundred, 100, "сто"); Put(Kind.Hundred, 200, "двести"); Put(Kind.Hundred, 300, "триста"); Put(Kind.Hundred, 400, "четыреста"); Put(Kind.Hundred, 500, "пятьсот");
        Put(Kind.Hundred, 600, "шестьсот"); Put(Kind.Hundred, 700, "семьсот"); Put(Kind.Hundred, 800, "восемьсот"); Put(Kind.Hundred, 900, "девятьсот");
        // Polish
        Put(Kind.Zero, 0, "zero");
        Put(Kind.Unit, 1, "jeden", "jedna"); Put(Kind.Unit, 2, "dwa", "dwie"); Put(Kind.Unit, 3, "trzy"); Put(Kind.Unit, 4, "cztery"); Put(Kind.Unit, 5, "piec");
        Put(Kind.Unit, 6, "szesc"); Put(Kind.Unit, 7, "siedem"); Put(Kind.Unit, 8, "osiem"); Put(Kind.Unit, 9, "dziewiec");
        Put(Kind.Teen, 10, "dziesiec"); Put(Kind.Teen, 11, "jedenascie"); Put(Kind.Teen, 12, "dwanascie"); Put(Kind.Teen, 13, "trzynascie");
        Put(Kind.Teen, 14, "czternascie"); Put(Kind.Teen, 15, "pietnascie"); Put(Kind.Teen, 16, "szesnascie"); Put(Kind.Teen, 17, "siedemnascie");
        Put(Kind.Teen, 18, "osiemnascie"); Put(Kind.Teen, 19, "dziewietnascie");
        Put(Kind.Ten, 20, "dwadziescia"); Put(Kind.Ten, 30, "trzydziesci"); Put(Kind.Ten, 40, "czterdziesci");
        Put(Kind.Ten, 50, "piecdziesiat"); Put(Kind.Ten, 60, "szescdziesiat"); Put(Kind.Ten, 70, "siedemdziesiat");
        Put(Kind.Ten, 80, "osiemdziesiat"); Put(Kind.Ten, 90, "dziewiecdziesiat");
        Put(Kind.Hundred, 100, "sto"); Put(Kind.Hundred, 200, "dwiescie"); Put(Kind.Hundred, 300, "trzysta"); Put(Kind.Hundred, 400, "czterysta");
        Put(Kind.Hundred, 500, "piecset"); Put(Kind.Hundred, 600, "szescset"); Put(Kind.Hundred, 700, "siedemset"); Put(Kind.Hundred, 800, "osiemset"); Put(Kind.Hundred, 900, "dziewiecset");
        // Arabic (with and without the final ة), and Egyptian/Levantine spellings
        Put(Kind.Zero, 0, "صفر");
        Put(Kind.Unit, 1, "واحد"); Put(Kind.Unit, 2, "اثنين", "اثنان", "اتنين"); Put(Kind.Unit, 3, "ثلاثة", "ثلاثه", "ثلاث", "تلاتة", "تلاته");
        Put(Kind.Unit, 4, "اربعة", "اربعه", "اربع"); Put(Kind.Unit, 5, "خمسة", "خمسه", "خمس"); Put(Kind.Unit, 6, "ستة", "سته", "ست");
        Put(Kind.Unit, 7, "سبعة", "سبعه", "سبع"); Put(Kind.Unit, 8, "ثمانية", "ثمانيه", "ثمان", "تمانية", "تمانيه"); Put(Kind.Unit, 9, "تسعة", "تسعه", "تسع");
        Put(Kind.Ten, 20, "عشرين"); Put(Kind.Ten, 30, "ثلاثين", "تلاتين"); Put(Kind.Ten, 40, "اربعين"); Put(Kind.Ten, 50, "خمسين");
        Put(Kind.Ten, 60, "ستين"); Put(Kind.Ten, 70, "سبعين"); Put(Kind.Ten, 80, "ثمانين", "تمانين"); Put(Kind.Ten, 90, "تسعين");
        // Arabizi (Arabic in Latin letters and digits: 3 = ع, 7 = ح, 5 = خ)
        Put(Kind.Zero, 0, "sefr", "sifr");
        Put(Kind.Unit, 1, "wahed", "wa7ed"); Put(Kind.Unit, 2, "etnen", "itnen", "ithnain"); Put(Kind.Unit, 3, "talata", "thalatha"); Put(Kind.Unit, 4, "arba3a", "arba3", "arbaa");
        Put(Kind.Unit, 5, "5amsa", "khamsa", "hamsa"); Put(Kind.Unit, 6, "setta", "sitta"); Put(Kind.Unit, 7, "sab3a", "sabaa"); Put(Kind.Unit, 8, "tamanya", "tamania", "thamanya");
        Put(Kind.Unit, 9, "tes3a", "tis3a", "tesaa");
        // English digits said with them ("zero 1 0, sab3a …"); the normalizer reads the rest.
        Put(Kind.Unit, 1, "one"); Put(Kind.Unit, 2, "two"); Put(Kind.Unit, 3, "three"); Put(Kind.Unit, 4, "four"); Put(Kind.Unit, 5, "five");
        Put(Kind.Unit, 6, "six"); Put(Kind.Unit, 7, "seven"); Put(Kind.Unit, 8, "eight"); Put(Kind.Unit, 9, "nine");
        return words;
    }
}
