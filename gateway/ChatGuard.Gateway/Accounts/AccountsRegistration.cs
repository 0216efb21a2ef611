using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Who is calling: signed tokens (bearer, or the query string for hubs), tenants and their profiles.</summary>
public static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string dataDirectory)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TenancyOptions>, TenancyOptionsValidator>();
        services.AddSingleton<IUserIdProvider, TenantUserIdProvider>();
        var key = SigningKeyResolver.Resolve(configuration[$"{AuthOptions.Section}:SigningKey"], environment.IsDevelopment(), dataDirectory);
        services.AddSingleton(key);
        services.AddSingleton<TokenIssuer>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenIssuer>((o, issuer) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = issuer.ValidationParameters();
            o.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on WebSocket requests: SignalR sends the token in the query string.
                OnMessageReceived = context =>
                {
                    var token = context.Request.Query["access_token"];
                    if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                        context.Token = token;
                    return Task.CompletedTask;
                },
                // A correctly signed token that names no tenant, user and known role, each once and of the documented shape,
                // is no identity at all (S7, issue 18 item 11).
                OnTokenValidated = context =>
                {
                    if (!ChatIdentity.TryFrom(context.Principal, out _))
                        context.Fail("the token does not name one tenant, user and known role of the documented shape");
                    // Issue 18 item 8: hub connections close when the token would stop being accepted here (expiry + skew).
                    context.Properties.ExpiresUtc = context.SecurityToken.ValidTo + context.Options.TokenValidationParameters.ClockSkew;
                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }
}
