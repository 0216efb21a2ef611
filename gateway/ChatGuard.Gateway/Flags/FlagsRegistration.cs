using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Hosting;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Flags;

/// <summary>The durable review queue: store, raising, decisions and their audit.</summary>
public static class FlagsRegistration
{
    public static IServiceCollection AddFlags(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FlagOptions>().Bind(configuration.GetSection(FlagOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddStore<IFlagStore, SqlFlagStore>();
        services.AddStore<IAuditLog, SqlAuditLog>();
        services.AddSingleton<FlagConversation>();
        services.AddSingleton<IPurgeDependent, FlagContextRetention>();
        services.AddSingleton<FlagQueue>();
        services.AddSingleton<FlagDecisions>();
        services.AddSingleton<IFlagDecisionEffect, HeldMessageRelease>();
        services.AddHostedService<PendingFlagsGauge>();
        return services;
    }
}
