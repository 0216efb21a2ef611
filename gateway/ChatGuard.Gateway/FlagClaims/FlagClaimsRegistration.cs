using ChatGuard.Gateway.Hosting;

namespace ChatGuard.Gateway.FlagClaims;

public static class FlagClaimsRegistration
{
    public static IServiceCollection AddFlagClaims(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FlagClaimOptions>().Bind(configuration.GetSection(FlagClaimOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddStore<IFlagClaimStore, SqlFlagClaimStore>();
        services.AddSingleton<FlagClaimGuard>();
        return services;
    }
}
