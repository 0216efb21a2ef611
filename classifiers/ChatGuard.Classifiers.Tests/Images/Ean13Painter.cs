namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>Paints an EAN-13 retail barcode: a 1-D code the QR scanner must not report as <c>qr_code</c>.</summary>
internal static class Ean13Painter
{
    // Module patterns of the digits 0–9 in the L (odd parity) set; G is R reversed, R is L inverted.
    private static readonly string[] L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"];
    private static readonly string[] FirstDigitParity = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"];

    /// <summary>The 95 modules of the code for twelve digits (the check digit is computed).</summary>
    public static string Modules(string twelveDigits)
    {
        var digits = twelveDigits.Select(c => c - '0').ToList();
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += digits[i] * (i % 2 == 0 ? 1 : 3);
        digits.Add((10 - sum % 10) % 10);
        var parity = FirstDigitParity[digits[0]];
        var modules = "101";
        for (var i = 1; i <= 6; i++)
        {
            var l = L[digits[i]];
            modules += parity[i - 1] == 'L' ? l : new string(Invert(l).Reverse().ToArray());
        }
        modules += "01010";
        for (var i = 7; i <= 12; i++) modules += Invert(L[digits[i]]);
        return modules + "101";
    }

    public static void Paint(GreyCanvas canvas, string twelveDigits, int x0, int y0, int moduleWidth, int barHeight)
    {
        var modules = Modules(twelveDigits);
        canvas.FillRect(x0 - 10 * moduleWidth, y0 - 5 * moduleWidth, (modules.Length + 20) * moduleWidth, barHeight + 10 * moduleWidth, 245);
        for (var i = 0; i < modules.Length; i++)
            if (modules[i] == '1') canvas.FillRect(x0 + i * moduleWidth, y0, moduleWidth, barHeight, 15);
    }

    private static string Invert(string pattern) => new(pattern.Select(c => c == '1' ? '0' : '1').ToArray());
}
