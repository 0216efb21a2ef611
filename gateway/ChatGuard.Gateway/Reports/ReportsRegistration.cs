using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Reports;

/// <summary>S9: agents report abusive buyer messages; moderators verify them through the flag queue.</summary>
public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSqlStore<IReportStore, SqlReportStore>();
        services.AddSingleton<IVerifiedReports>(sp => sp.GetRequiredService<SqlReportStore>());
        services.AddSingleton<MessageReports>();
        services.AddSingleton<IFlagDecisionEffect, ReportVerification>();
        return services;
    }
}
