using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S1–S5: profiles bound from <c>ChatGuard:Profiles:{name}:...</c> and <c>ChatGuard:Tenants</c>; shop state in Redis
/// when <c>ChatGuard:Redis:Configuration</c> is set, in process otherwise; the assessment, its rebuild and the
/// catch-up after a Redis outage. The send path reaches it through <see cref="AgentReplyRules"/> (before storing) and
/// <see cref="ServiceLevelRecorder"/> (after); the bot's responder on the send side answers <see cref="BotGreetings"/>.
/// </summary>
public static class ServiceLevelRegistration
{
    public static WebApplicationBuilder AddServiceLevel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ServiceProfilesOptions>().Bind(builder.Configuration.GetSection(ServiceProfilesOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceProfilesOptions>, ServiceProfilesValidator>();
        services.AddSingleton<ServiceProfiles>();

        if (builder.Configuration.IsRedisConfigured())
        {
            services.TryAddSingleton<RedisSharedValues>();
            services.AddSingleton<IShopStateStore, RedisShopStateStore>();
        }
        else
        {
            services.AddSingleton<IShopStateStore, InProcessShopStateStore>();
        }
        services.AddSingleton<ServiceCounters>();
        services.AddSingleton<CounterGaps>();
        services.AddSingleton<HandoffNotifier>();
        services.AddSingleton<BotGreetings>();
        services.AddSingleton<ServiceLevelRecorder>();

        services.AddSingleton<IBuyerActivityStore, SqlBuyerActivityStore>();
        services.AddSingleton<AgentReplyRules>();

        services.AddSqlStore<IAssessmentStore, SqlAssessmentStore>();
        services.AddSingleton<AssessmentRebuilder>();
        services.AddSingleton<ShopAssessment>();
        services.AddSingleton<ConversationRatings>();
        services.AddSingleton<IAssessmentExclusions, AssessmentExclusions>();
        services.AddSingleton<CounterCatchUp>();
        services.AddHostedService(sp => sp.GetRequiredService<CounterCatchUp>());
        return builder;
    }
}
