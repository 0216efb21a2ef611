using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.AgentDesk;
using ChatGuard.Gateway.Api;
using ChatGuard.Gateway.Attachments;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.FlagClaims;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Health;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.OrderContext;
using ChatGuard.Gateway.QuickReplies;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Reports;
using ChatGuard.Gateway.Sanctions;
using ChatGuard.Gateway.Spam;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Hosting;

/// <summary>Composes the gateway: each feature registers itself with its own <c>Add…</c> extension and options.</summary>
public static class ChatGuardServices
{
    /// <summary>Where the embedded store and the Development signing key live; relative to the working directory.</summary>
    public const string DataDirectoryKey = "ChatGuard:DataDirectory";

    public static WebApplicationBuilder AddChatGuard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddApiDescription();
        services.AddHostedService<StartupBanner>();

        var dataDirectory = Path.GetFullPath(configuration[DataDirectoryKey] ?? "data");
        services.AddAccounts(configuration, builder.Environment, dataDirectory);
        services.AddStorage(configuration, dataDirectory);
        builder.AddRedis();
        builder.AddTelemetry();

        services.AddConversations(configuration);
        services.AddModeration(configuration);
        services.AddFlags(configuration);
        services.AddAttachments(configuration);
        services.AddChatGuardSecurity(configuration);
        services.AddSanctions();
        services.AddBlocks();
        services.AddReports();
        services.AddQuickReplies();
        services.AddOrderContext();
        services.AddAgentDesk();
        services.AddFlagClaims(configuration);
        services.AddSpamDetection(configuration);
        builder.AddServiceLevel();
        services.AddMessaging(configuration);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }
}
