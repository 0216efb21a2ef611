namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S1: delivers a <c>botHandoff</c> event to every agent of the shop, on whichever node they are connected (the hub's side implements it).</summary>
public interface IHandoffBroadcast
{
    Task BroadcastAsync(string tenant, BotHandoffEvent handoff, CancellationToken ct);
}
