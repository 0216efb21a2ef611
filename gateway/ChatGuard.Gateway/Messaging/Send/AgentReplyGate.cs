using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>S3 reply window and S5 buyer contact: what an agent may still answer (<see cref="AgentReplyRules"/>).</summary>
public sealed class AgentReplyGate(AgentReplyRules rules) : ISendGate
{
    public async ValueTask CheckAsync(SendContext send, CancellationToken ct)
    {
        if (await rules.RefusalAsync(send.Sender, send.Conversation.Id, send.Now, ct) is { } refusal)
            throw new MessageRejectedException(refusal);
    }
}
