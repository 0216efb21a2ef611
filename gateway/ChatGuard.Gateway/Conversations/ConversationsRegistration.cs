using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Conversations;

/// <summary>Conversations and their messages: the store, the limits on a message, and delivery to the other side.</summary>
public static class ConversationsRegistration
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessageOptions>().Bind(configuration.GetSection(MessageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSqlStore<IChatStore, SqlChatStore>();
        services.AddSingleton<IRetentionParticipant>(sp => sp.GetRequiredService<SqlChatStore>());
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<ChatDelivery>();
        return services;
    }
}
