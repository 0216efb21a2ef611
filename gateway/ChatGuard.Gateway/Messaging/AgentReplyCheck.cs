using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Messaging;

/// <summary>The send check over <see cref="AgentReplyRules"/> (S3 reply window, S5 buyer contact).</summary>
public sealed class AgentReplyCheck(AgentReplyRules rules) : ISendCheck
{
    public async ValueTask CheckAsync(SendContext context, CancellationToken ct)
    {
        if (await rules.RefusalAsync(context.Sender, context.Conversation.Id, context.Now, ct) is { } refusal)
            throw new MessageRejectedException(refusal);
    }
}
