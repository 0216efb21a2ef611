using ChatGuard.Gateway.Hosting;

namespace ChatGuard.Gateway.AgentDesk;

public static class AgentDeskRegistration
{
    public static IServiceCollection AddAgentDesk(this IServiceCollection services)
    {
        services.AddStore<IAgentDeskStore, SqlAgentDeskStore>();
        services.AddSingleton<ConversationTransfer>();
        return services;
    }
}
