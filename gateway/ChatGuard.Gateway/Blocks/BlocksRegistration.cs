using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Blocks;

/// <summary>S6: agents block buyers with a reason; blocked buyers' sends to the shop are refused.</summary>
public static class BlocksRegistration
{
    public static IServiceCollection AddBlocks(this IServiceCollection services)
    {
        services.AddSqlStore<IBlockStore, SqlBlockStore>();
        services.AddSingleton<BuyerBlocking>();
        return services;
    }
}
