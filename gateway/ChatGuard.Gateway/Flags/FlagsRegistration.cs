using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Flags;

/// <summary>The durable review queue: store, raising, decisions and their audit.</summary>
public static class FlagsRegistration
{
    public static IServiceCollection AddFlags(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FlagOptions>().Bind(configuration.GetSection(FlagOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSqlStore<IFlagStore, SqlFlagStore>();
        services.AddSqlStore<IAuditLog, SqlAuditLog>();
        services.AddSingleton<FlagConversation>();
        services.AddSingleton<IPurgeDependent, FlagContextRetention>();
        services.AddSingleton<FlagRaiser>();
        services.AddSingleton<FlagDecisions>();
        services.AddSingleton<IFlagDecisionEffect, HeldMessageRelease>();
        services.AddHostedService<PendingFlagsGauge>();
        return services;
    }
}
