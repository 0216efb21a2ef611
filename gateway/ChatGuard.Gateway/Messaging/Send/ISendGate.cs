namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>A rule a send must pass before it is scanned and stored; throws a refusal to stop it.</summary>
public interface ISendGate
{
    ValueTask CheckAsync(SendContext send, CancellationToken ct);
}
