using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.Counting;

/// <summary>Counters in Redis when <c>ChatGuard:Redis:Configuration</c> is set, in process otherwise.</summary>
public static class CountingServices
{
    public static WebApplicationBuilder AddCounting(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.IsRedisConfigured()) builder.Services.AddSingleton<IServiceCounters, RedisServiceCounters>();
        else builder.Services.AddSingleton<IServiceCounters, InProcessServiceCounters>();
        builder.Services.AddSingleton<CounterGaps>();
        return builder;
    }
}
