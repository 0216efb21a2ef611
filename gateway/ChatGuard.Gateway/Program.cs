using ChatGuard.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.ForPublishedBuild() });
builder.AddChatGuard();
var app = builder.Build();
app.MapChatGuard();
app.Run();

/// <summary>Entry point; public so the integration tests can host it.</summary>
public partial class Program;
