using System.Security.Cryptography;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>What an operator gives every node of one deployment (deploy/): one database, one Redis, one channel prefix, one signing key.</summary>
public static class ClusterSettings
{
    public static async Task<Dictionary<string, string>> CreateAsync(PostgresServer postgres, RedisServer redis)
    {
        var connectionString = await postgres.CreateDatabaseAsync("scaleout");
        return new Dictionary<string, string>
        {
            ["ChatGuard:Store:Provider"] = "postgres",
            ["ConnectionStrings:ChatGuard"] = connectionString,
            ["ChatGuard:Redis:Configuration"] = redis.Configuration,
            ["ChatGuard:Redis:Prefix"] = "cg" + Guid.NewGuid().ToString("N")[..8],
            ["ChatGuard:Auth:SigningKey"] = "base64:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-node-"),
        };
    }
}
