namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>The Luhn check digit test bank card numbers pass and most other long numbers fail.</summary>
public static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2) return false;
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var c = digits[i];
            if (c is < '0' or > '9') return false;
            var v = c - '0';
            if (doubleIt && (v *= 2) > 9) v -= 9;
            sum += v;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
