using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Flags;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>Moderators claim the flags they work on; a claimed flag is decided only by its holder.</summary>
public static class FlagClaimsRegistration
{
    public static IServiceCollection AddFlagClaims(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FlagClaimOptions>().Bind(configuration.GetSection(FlagClaimOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSqlStore<IFlagClaimStore, SqlFlagClaimStore>();
        services.AddSingleton<IFlagDecisionGuard, ClaimedFlagGuard>();
        return services;
    }
}
