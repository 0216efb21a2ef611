using ChatGuard.Gateway.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatGuard.Gateway.Spam;

/// <summary>C9/S5 behaviour detection over the stream of stored messages; recent activity in Redis when it is configured.</summary>
public static class SpamRegistration
{
    public static IServiceCollection AddSpamDetection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpamOptions>().Bind(configuration.GetSection(SpamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration.IsRedisConfigured())
        {
            services.TryAddSingleton<RedisSharedValues>();
            services.AddSingleton<IRecentActivityStore, RedisRecentActivityStore>();
        }
        else
        {
            services.AddSingleton<IRecentActivityStore, InProcessRecentActivityStore>();
        }
        services.AddSingleton<SpamDetector>();
        return services;
    }
}
