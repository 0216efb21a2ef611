using System.Diagnostics;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// Normalizes the text once and scans it (<see cref="MessageScanner"/>); images a moderator has yet to judge hold the
/// message whatever the text's verdict (C10).
/// </summary>
public sealed class ScanStep(MessageScanner scanner, GatewayMetrics metrics)
{
    public async ValueTask RunAsync(SendContext send, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using (GatewayTracing.Source.StartActivity("scan"))
        {
            send.Normalized = scanner.Normalize(send.Text);
            var verdict = await scanner.ScanAsync(send.Sender, send.Conversation, send.Now, send.Normalized, ct);
            if (send.HeldByAttachment)
            {
                var labels = new HashSet<string>(verdict.Labels, StringComparer.Ordinal);
                labels.UnionWith(send.HeldAttachmentLabels);
                verdict = verdict with
                {
                    Labels = [.. Labels.All.Where(labels.Contains)],
                    Action = verdict.Action < ModerationAction.Review ? ModerationAction.Review : verdict.Action,
                };
            }
            send.Verdict = verdict;
        }
        metrics.Scanned(started);
    }
}
