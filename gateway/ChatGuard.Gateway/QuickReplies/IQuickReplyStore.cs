namespace ChatGuard.Gateway.QuickReplies;

/// <summary>Each shop's quick replies, oldest first.</summary>
public interface IQuickReplyStore
{
    Task<IReadOnlyList<QuickReply>> ListAsync(string tenant, string shopId, CancellationToken ct);

    /// <summary>Adds the reply unless the shop already has <see cref="QuickReply.MaxPerShop"/>; false when it is full.</summary>
    Task<bool> AddAsync(string tenant, QuickReply reply, CancellationToken ct);

    /// <summary>False when the shop has no such reply.</summary>
    Task<bool> RemoveAsync(string tenant, string shopId, string quickReplyId, CancellationToken ct);
}
