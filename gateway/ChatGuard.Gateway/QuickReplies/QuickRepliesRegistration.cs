using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.QuickReplies;

public static class QuickRepliesRegistration
{
    public static IServiceCollection AddQuickReplies(this IServiceCollection services) =>
        services.AddSqlStore<IQuickReplyStore, SqlQuickReplyStore>();
}
