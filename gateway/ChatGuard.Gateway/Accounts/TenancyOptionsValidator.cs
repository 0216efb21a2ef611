using ChatGuard.Classifiers;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Refuses to start with a default or tenant profile the moderation pipeline does not know.</summary>
public sealed class TenancyOptionsValidator(IModerationPipeline pipeline) : IValidateOptions<TenancyOptions>
{
    public ValidateOptionsResult Validate(string? name, TenancyOptions options)
    {
        var unknown = new[] { options.DefaultProfile }
            .Concat(options.Tenants.Values.Select(t => t.Profile).OfType<string>())
            .Where(p => !pipeline.Profiles.Contains(p))
            .Distinct()
            .ToList();
        return unknown.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"unknown policy profile(s): {string.Join(", ", unknown)} (known: {string.Join(", ", pipeline.Profiles)})");
    }
}
