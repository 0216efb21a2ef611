using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>S1 handoff, S3 and S5 checks, bound from <c>ChatGuard:Profiles:{name}:...</c>.</summary>
public static class ServiceRulesServices
{
    public static WebApplicationBuilder AddServiceRules(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ServiceProfilesOptions>().Bind(builder.Configuration.GetSection("ChatGuard")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceProfilesOptions>, ServiceProfilesValidator>();
        services.AddSingleton<ServiceProfiles>();
        services.AddSingleton<IBuyerActivityStore, SqlBuyerActivityStore>();
        services.AddSingleton<HandoffNotifier>();
        services.AddSingleton<BotGreetings>();
        services.AddSingleton<BotHandoffObserver>();
        return builder;
    }
}
