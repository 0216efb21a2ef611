namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>
/// The browser tests run one after another: each starts Chromium with several pages, and side by side on two cores
/// they starve each other's gateways past the scenarios' waits.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
