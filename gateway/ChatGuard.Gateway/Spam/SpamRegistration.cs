namespace ChatGuard.Gateway.Spam;

/// <summary>C9/S5 behaviour detection over the stream of stored messages.</summary>
public static class SpamRegistration
{
    public static IServiceCollection AddSpamDetection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpamOptions>().Bind(configuration.GetSection(SpamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SpamObserver>();
        return services;
    }
}
