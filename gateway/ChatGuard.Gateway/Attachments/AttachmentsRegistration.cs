using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Attachments;

/// <summary>Image uploads: options, the QR scanner, the store, the send gate and the moderator's decisions.</summary>
public static class AttachmentsRegistration
{
    public static IServiceCollection AddAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IImageScanner>(sp => new QrImageScanner(sp.GetRequiredService<IModerationPipeline>(),
            PolicyProfileCatalog.LoadBuiltIn(), sp.GetRequiredService<IOptions<AttachmentOptions>>().Value.ToScanOptions()));
        services.AddSqlStore<IAttachmentStore, SqlAttachmentStore>();
        services.AddSingleton<IRetentionParticipant>(sp => sp.GetRequiredService<SqlAttachmentStore>());
        services.AddSingleton<ImageScanAdmission>();
        services.AddSingleton<AttachmentUploads>();
        services.AddSingleton<IFlagDecisionEffect, HeldAttachmentRelease>();
        return services;
    }
}
