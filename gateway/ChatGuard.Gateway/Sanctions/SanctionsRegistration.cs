using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>S10/S11: sanctions imposed by confirmed flags, enforced on every send.</summary>
public static class SanctionsRegistration
{
    public static IServiceCollection AddSanctions(this IServiceCollection services)
    {
        services.AddSqlStore<ISanctionStore, SqlSanctionStore>();
        services.AddSingleton<SanctionPolicyProvider>();
        services.AddSingleton<SanctionIssuer>();
        services.AddSingleton<IFlagDecisionEffect, SanctionOnConfirm>();
        return services;
    }
}
