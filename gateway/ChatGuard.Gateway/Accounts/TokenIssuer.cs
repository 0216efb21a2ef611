using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Signs bearer tokens naming tenant, shop, user and role (HS256 with the configured key).</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public string Issue(ChatIdentity identity, TimeSpan? lifetime = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(ChatClaims.Tenant, identity.Tenant),
            new(ChatClaims.User, identity.UserId),
            new(ChatClaims.Role, identity.Role),
        };
        if (identity.ShopId is not null) claims.Add(new Claim(ChatClaims.Shop, identity.ShopId));
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.Value.DevTokenLifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Value.Issuer,
        ValidAudience = options.Value.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = ChatClaims.User,
        RoleClaimType = ChatClaims.Role,
    };
}
