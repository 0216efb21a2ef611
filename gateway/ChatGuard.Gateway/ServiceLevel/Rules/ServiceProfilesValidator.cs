using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>Refuses to start with a profile whose time zone or hours cannot be read.</summary>
public sealed class ServiceProfilesValidator : IValidateOptions<ServiceProfilesOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceProfilesOptions options)
    {
        var errors = new List<string>();
        foreach (var (profile, rules) in options.Profiles)
        {
            try
            {
                _ = new ProfileRules(profile, rules);
            }
            catch (Exception e) when (e is FormatException or TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                errors.Add($"ChatGuard:Profiles:{profile}: {e.Message}");
            }
            var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
            if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(rules, new(rules), results, validateAllProperties: true))
                errors.AddRange(results.Select(r => $"ChatGuard:Profiles:{profile}: {r.ErrorMessage}"));
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
