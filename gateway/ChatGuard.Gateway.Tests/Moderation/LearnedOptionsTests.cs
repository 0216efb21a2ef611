using ChatGuard.Classifiers;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.Moderation;

/// <summary>The operator's floors under the learned heads reach the pipeline from configuration.</summary>
public sealed class LearnedOptionsTests
{
    // A counterfeit offer every learned head fit so far scores far above its review threshold.
    private const string Text = "高仿包包，一比一复刻，做工跟专柜一样";

    private static bool HasModelFinding(GatewayHost host) =>
        host.Services.GetRequiredService<IModerationPipeline>().Scan(Text).Findings.Any(f => f.Detail == "model");

    [Fact]
    public void Floors_from_configuration_silence_the_learned_heads()
    {
        using (var shipped = new GatewayBuilder().Build())
            Assert.True(HasModelFinding(shipped));

        using var floored = new GatewayBuilder()
            .WithSetting("ChatGuard:Moderation:Learned:MinimumReview", "1.5")
            .WithSetting("ChatGuard:Moderation:Learned:MinimumBlock", "1.5")
            .Build();
        Assert.False(HasModelFinding(floored));
    }
}
