namespace ChatGuard.Gateway.Pages;

/// <summary>
/// Serves the three web pages — <c>/console</c> (moderators), <c>/desk</c> (agents), <c>/widget</c> (storefront demo) —
/// and their files from wwwroot. The SignalR browser client in <c>wwwroot/lib</c> is copied there from npm by the
/// build (ChatGuard.Gateway.csproj).
/// </summary>
public static class PageServing
{
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>
    {
        ["/"] = "index.html",
        ["/console"] = "console.html",
        ["/desk"] = "desk.html",
        ["/widget"] = "widget.html",
    };

    /// <summary>
    /// The pages' files (static-file middleware, so call it early) and their routes. Storefronts on other origins
    /// that embed /widget.js are admitted by the security settings' CORS policy, not here.
    /// </summary>
    public static WebApplication MapPages(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => PageHeaders.Apply(context.Context.Response, context.File.Name.EndsWith(".html", StringComparison.Ordinal)),
        });
        foreach (var (route, file) in Routes)
        {
            app.MapGet(route, (HttpContext http, IWebHostEnvironment environment) =>
            {
                var page = environment.WebRootFileProvider.GetFileInfo(file);
                if (!page.Exists || page.PhysicalPath is null) return Results.Problem("page not found", statusCode: 404);
                PageHeaders.Apply(http.Response, isPage: true);
                return Results.File(page.PhysicalPath, "text/html; charset=utf-8");
            }).AllowAnonymous().ExcludeFromDescription();
        }
        return app;
    }
}
