using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Assessment;

/// <summary>S2–S4 assessment, S9 exclusions, the rebuild and the catch-up after a Redis outage.</summary>
public static class AssessmentServices
{
    public static WebApplicationBuilder AddAssessment(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSqlStore<IAssessmentStore, SqlAssessmentStore>();
        services.AddSingleton<AssessmentRebuilder>();
        services.AddSingleton<AssessmentService>();
        services.AddSingleton<ConversationRatingService>();
        services.AddSingleton<IAssessmentExclusions, AssessmentExclusions>();
        services.AddSingleton<CounterCatchUp>();
        services.AddHostedService(sp => sp.GetRequiredService<CounterCatchUp>());
        return builder;
    }
}
