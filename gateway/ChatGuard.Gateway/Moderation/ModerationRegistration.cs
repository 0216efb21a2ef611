using ChatGuard.Classifiers;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Moderation;

/// <summary>The classifiers' pipeline (with the operator's term lists, if any) and the scan of each message.</summary>
public static class ModerationRegistration
{
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModerationOptions>().Bind(configuration.GetSection(ModerationOptions.Section));
        // The pipeline is built once at start; the term-list folder is watched by the pipeline itself.
        services.AddSingleton<IModerationPipeline>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ModerationOptions>>().Value;
            var lexicons = string.IsNullOrWhiteSpace(options.LexiconDirectory) ? null : Path.GetFullPath(options.LexiconDirectory);
            return ModerationPipeline.CreateDefault(lexiconDirectory: lexicons, learned: options.Learned);
        });
        services.AddSingleton<MessageScanner>();
        return services;
    }
}
