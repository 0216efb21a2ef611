using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Blocks;

/// <summary>S6: every block a shop made, lifted or not.</summary>
public interface IBlockStore
{
    /// <summary>Stores the block unless the shop already blocks the buyer; returns the active block and whether this call made it.</summary>
    Task<(Block Block, bool Inserted)> AddAsync(Block block, CancellationToken ct);

    Task<Block?> GetAsync(string tenant, string blockId, CancellationToken ct);

    Task<Block?> ActiveAsync(string tenant, string shopId, string buyerId, CancellationToken ct);

    Task<IReadOnlyList<Block>> ListAsync(string tenant, string? shopId, bool? active, int limit, CancellationToken ct);

    /// <summary>Lifts the block with its audit entry in one transaction; returns it as it stands (null: not found).</summary>
    Task<(Block? Block, bool Lifted)> LiftAsync(string tenant, string blockId, ChatIdentity actor, string? note, DateTimeOffset at, CancellationToken ct);
}
