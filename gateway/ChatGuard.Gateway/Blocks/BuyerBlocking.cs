using System.Text.Json;
using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Blocks;

/// <summary>S6: an agent blocks the buyer of one of the shop's conversations, always with a reason that is logged.</summary>
public sealed partial class BuyerBlocking(
    IChatStore chat,
    IBlockStore blocks,
    IOptionsMonitor<FlagOptions> options,
    TimeProvider clock,
    ILogger<BuyerBlocking> logger)
{
    public const string Shape = "{conversationId, reason, note}";

    public async Task<BlockResult> BlockAsync(ChatIdentity agent, JsonElement request, CancellationToken ct)
    {
        if (agent.Role != Roles.Agent) throw new MessageRejectedException("only a shop's agents block buyers");
        var json = ComplaintFields.Object(request, Shape);
        var conversationId = ComplaintFields.String(json, "conversationId");
        var (reason, note) = ComplaintFields.ReasonAndNote(json, options.CurrentValue.MaxNoteLength);
        var conversation = Identifiers.IsValid(conversationId) ? await chat.GetConversationAsync(agent.Tenant, conversationId!, ct) : null;
        if (conversation is null || conversation.ShopId != agent.ShopId)
            throw new MessageRejectedException($"conversation '{conversationId}' does not exist or is not your shop's");
        var (block, inserted) = await blocks.AddAsync(new Block
        {
            BlockId = "k_" + Guid.CreateVersion7().ToString("N"),
            Tenant = agent.Tenant,
            ShopId = conversation.ShopId,
            BuyerId = conversation.BuyerId,
            ConversationId = conversation.Id,
            Reason = reason,
            Note = note,
            BlockedBy = agent.UserId,
            CreatedAt = clock.GetUtcNow(),
        }, ct);
        if (inserted) LogBlocked(block.BlockId, block.ShopId, block.BuyerId, block.Reason, agent.UserId);
        return new BlockResult(block.BlockId, !inserted);
    }

    // S6: every block is logged with its reason (ids and the reason code only, S12).
    [LoggerMessage(Level = LogLevel.Information, Message = "Block {BlockId}: shop {ShopId} blocked buyer {BuyerId} for {Reason} (by {AgentId})")]
    private partial void LogBlocked(string blockId, string shopId, string buyerId, string reason, string agentId);
}

public sealed record BlockResult(
    [property: JsonPropertyName("blockId")] string BlockId,
    [property: JsonPropertyName("alreadyBlocked")] bool AlreadyBlocked);
