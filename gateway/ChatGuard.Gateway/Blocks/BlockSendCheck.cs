using System.Globalization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Blocks;

/// <summary>S6: a buyer the shop blocked cannot send to it; the refusal says so plainly.</summary>
public sealed class BlockSendCheck(IBlockStore blocks) : ISendCheck
{
    public async ValueTask CheckAsync(SendContext context, CancellationToken ct)
    {
        if (context.Sender.Role != Roles.Buyer) return;
        var block = await blocks.ActiveAsync(context.Sender.Tenant, context.Conversation.ShopId, context.Sender.UserId, ct);
        if (block is null) return;
        var since = block.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        throw new MessageRejectedException(
            $"shop {block.ShopId} has blocked you since {since} (reason: {block.Reason}); your messages to it are not delivered (S6, block {block.BlockId})");
    }
}
