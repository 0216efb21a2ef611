namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>The send pipeline and its steps (their order is <see cref="SendPipeline"/>'s, not the registrations').</summary>
public static class SendRegistration
{
    public static IServiceCollection AddSendPipeline(this IServiceCollection services)
    {
        services.AddSingleton<SendAdmission>();
        services.AddSingleton<RateLimitGate>();
        services.AddSingleton<SanctionGate>();
        services.AddSingleton<BlockGate>();
        services.AddSingleton<AgentReplyGate>();
        services.AddSingleton<AttachmentGate>();
        services.AddSingleton<ScanStep>();
        services.AddSingleton<StoreStep>();
        services.AddSingleton<DeliverStep>();
        services.AddSingleton<FlagAnnouncement>();
        services.AddSingleton<ServiceLevelCounting>();
        services.AddSingleton<SpamTracking>();
        services.AddSingleton<SendPipeline>();
        return services;
    }
}
