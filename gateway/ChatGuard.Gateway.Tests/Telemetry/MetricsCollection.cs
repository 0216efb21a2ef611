namespace ChatGuard.Gateway.Tests.Telemetry;

/// <summary>Tests that read exact counts from <c>/metrics</c> run after the parallel ones, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}
