using ChatGuard.Gateway.Hosting;

namespace ChatGuard.Gateway.QuickReplies;

public static class QuickRepliesRegistration
{
    public static IServiceCollection AddQuickReplies(this IServiceCollection services) =>
        services.AddStore<IQuickReplyStore, SqlQuickReplyStore>();
}
