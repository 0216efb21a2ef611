using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ChatGuard.Gateway.Accounts;

/// <summary>
/// S7: resolves the token signing key once at start. Outside Development a missing key stops the service;
/// in Development a random key is generated and kept in the data folder so tokens survive restarts.
/// </summary>
public static class SigningKeyResolver
{
    private const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey Resolve(string? configured, bool isDevelopment, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return new SymmetricSecurityKey(Decode(configured));
        if (!isDevelopment)
            throw new InvalidOperationException(
                "ChatGuard:Auth:SigningKey is required outside the Development environment " +
                "(set ChatGuard__Auth__SigningKey to at least 32 bytes, or 'base64:...'); refusing to start.");

        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "dev-signing-key");
        if (!File.Exists(path))
        {
            var tmp = path + ".tmp";
            File.WriteAllText(tmp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes)));
            File.Move(tmp, path, overwrite: false);
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    private static byte[] Decode(string configured)
    {
        var bytes = configured.StartsWith("base64:", StringComparison.Ordinal)
            ? Convert.FromBase64String(configured["base64:".Length..])
            : Encoding.UTF8.GetBytes(configured);
        if (bytes.Length < MinimumKeyBytes)
            throw new InvalidOperationException($"ChatGuard:Auth:SigningKey must be at least {MinimumKeyBytes} bytes; refusing to start.");
        return bytes;
    }
}
