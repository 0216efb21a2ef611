using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.AgentDesk;

public static class AgentDeskRegistration
{
    public static IServiceCollection AddAgentDesk(this IServiceCollection services)
    {
        services.AddSqlStore<IAgentDeskStore, SqlAgentDeskStore>();
        services.AddSingleton<ConversationTransfer>();
        return services;
    }
}
