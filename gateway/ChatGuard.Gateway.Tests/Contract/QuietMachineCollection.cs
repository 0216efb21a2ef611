namespace ChatGuard.Gateway.Tests.Contract;

/// <summary>
/// Tests that time the gateway under load (issue 18: a flood must never make another buyer's send wait a second)
/// run after the parallel ones, alone, so what they time is the gateway and not the test run beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietMachineCollection
{
    public const string Name = "quiet machine";
}
