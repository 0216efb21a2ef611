namespace ChatGuard.Gateway.Hosting;

/// <summary>
/// Where the gateway finds its settings and pages. A published build carries <c>appsettings.json</c> and
/// <c>wwwroot/</c> beside its assembly, so it uses its own folder whatever the working directory (a systemd unit's
/// <c>WorkingDirectory=/var/lib/chatguard</c>, a container's); a build run from the source tree keeps ASP.NET Core's
/// default (the working directory, and the project's wwwroot through static web assets in Development).
/// </summary>
public static class ContentRoot
{
    public static string? ForPublishedBuild()
    {
        var own = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(own, "wwwroot")) && File.Exists(Path.Combine(own, "appsettings.json")) ? own : null;
    }
}
