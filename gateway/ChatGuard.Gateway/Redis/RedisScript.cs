using System.Security.Cryptography;
using System.Text;

namespace ChatGuard.Gateway.Redis;

/// <summary>A Lua script and its SHA1, the name EVALSHA calls it by once it is loaded into the server's script cache.</summary>
public sealed class RedisScript(string name, string lua)
{
    public string Name { get; } = name;

    public string Lua { get; } = lua;

    public byte[] Sha1 { get; } = SHA1.HashData(Encoding.UTF8.GetBytes(lua));
}
