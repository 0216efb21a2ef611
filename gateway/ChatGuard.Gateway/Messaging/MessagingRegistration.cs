using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Messaging.Send;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging;

/// <summary>The chat hub and the send path behind it; the hubs' transport, protocol and backplane.</summary>
public static class MessagingRegistration
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSendPipeline();
        services.AddHostedService<BotResponder>(); // S1: the bot answers off the senders' calls
        services.AddSingleton<IChatClients, ChatHubClients>();
        services.AddSignalR(o =>
        {
            // Large enough that an over-long message reaches validation and gets a clear HubException
            // instead of the connection being closed by the transport limit.
            o.MaximumReceiveMessageSize = 256 * 1024;
        }).AddGuardedJsonProtocol().AddBackplane(configuration);
        return services;
    }
}
