using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatGuard.Gateway.OrderContext;

public static class OrderContextRegistration
{
    /// <summary>The demo provider unless the host registered a real one before.</summary>
    public static IServiceCollection AddOrderContext(this IServiceCollection services)
    {
        services.TryAddSingleton<IOrderContextProvider, DemoOrderContextProvider>();
        return services;
    }
}
