using ChatGuard.Classifiers;

namespace ChatGuard.Gateway.Moderation;

/// <summary>The classifiers' pipeline (with the operator's term lists, if any) and the scan of each message.</summary>
public static class ModerationRegistration
{
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModerationOptions>().Bind(configuration.GetSection(ModerationOptions.Section));
        // The pipeline is built once at start; the term-list folder is watched by the pipeline itself.
        var lexicons = configuration[$"{ModerationOptions.Section}:{nameof(ModerationOptions.LexiconDirectory)}"];
        services.AddSingleton<IModerationPipeline>(_ =>
            ModerationPipeline.CreateDefault(lexiconDirectory: string.IsNullOrWhiteSpace(lexicons) ? null : Path.GetFullPath(lexicons)));
        services.AddSingleton<MessageScanner>();
        return services;
    }
}
