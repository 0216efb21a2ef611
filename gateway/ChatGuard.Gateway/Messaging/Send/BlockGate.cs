using System.Globalization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>S6: a buyer the shop blocked cannot send to it; the refusal says so plainly.</summary>
public sealed class BlockGate(IBlockStore blocks) : ISendGate
{
    public async ValueTask CheckAsync(SendContext send, CancellationToken ct)
    {
        if (send.Sender.Role != Roles.Buyer) return;
        var block = await blocks.ActiveAsync(send.Sender.Tenant, send.Conversation.ShopId, send.Sender.UserId, ct);
        if (block is null) return;
        var since = block.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        throw new MessageRejectedException(
            $"shop {block.ShopId} has blocked you since {since} (reason: {block.Reason}); your messages to it are not delivered (S6, block {block.BlockId})");
    }
}
