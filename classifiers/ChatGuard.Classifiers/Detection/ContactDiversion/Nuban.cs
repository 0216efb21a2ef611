namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: the check digit of a Nigerian NUBAN (CBN standard): weights 3, 7, 3 repeated over the bank's three-digit code and the
/// nine-digit serial, the tenth digit is 10 minus the sum's last digit (0 for 10).
/// </summary>
public static class Nuban
{
    public static bool IsValid(string account, string bankCode)
    {
        if (account.Length != 10 || bankCode.Length != 3) return false;
        var sum = 0;
        for (var k = 0; k < 12; k++)
        {
            var digit = k < 3 ? bankCode[k] - '0' : account[k - 3] - '0';
            sum += digit * (k % 3 == 1 ? 7 : 3);
        }
        return (10 - sum % 10) % 10 == account[9] - '0';
    }
}
