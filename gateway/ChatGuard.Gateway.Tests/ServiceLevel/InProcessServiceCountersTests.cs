using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

public sealed class InProcessServiceCountersTests : ServiceCountersContract
{
    protected override ServiceCounters Counters { get; } = new(new InProcessShopStateStore());
}
