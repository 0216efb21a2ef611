using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.FlagClaims;

public static class FlagClaimsRegistration
{
    public static IServiceCollection AddFlagClaims(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FlagClaimOptions>().Bind(configuration.GetSection(FlagClaimOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSqlStore<IFlagClaimStore, SqlFlagClaimStore>();
        services.AddSingleton<FlagClaimGuard>();
        return services;
    }
}
