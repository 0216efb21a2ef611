using ChatGuard.Gateway.Counting;

namespace ChatGuard.Gateway.Tests.Counting;

public sealed class InProcessServiceCountersTests : ServiceCountersContract
{
    protected override IServiceCounters Counters { get; } = new InProcessServiceCounters();
}
