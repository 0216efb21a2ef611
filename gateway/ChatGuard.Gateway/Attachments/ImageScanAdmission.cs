using System.Threading.RateLimiting;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Security;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Attachments;

/// <summary>
/// Issue 18, item 2: image decodes are the one costly thing a client can start, so they are admitted, not just run.
/// A user holds at most <see cref="AttachmentOptions.MaxConcurrentScansPerUser"/> uploads at once (more: 429 before the
/// body is read); the process decodes at most <see cref="AttachmentOptions.MaxConcurrentScans"/> images at once, a short
/// queue waits its turn and the rest are refused (503). Both say when to retry. Decodes run on their own threads, so a
/// queue of slow images never holds thread-pool threads the chat needs; with at most one decode per core left over
/// for the chat, and each image's pixels capped, decode memory is bounded by the number of concurrent decodes.
/// </summary>
public sealed class ImageScanAdmission : IDisposable
{
    private readonly AttachmentOptions _options;
    private readonly SecurityMetrics _metrics;
    private readonly ConcurrencyLimiter _scans;
    private readonly PartitionedRateLimiter<string> _perUser;

    public ImageScanAdmission(IOptions<AttachmentOptions> options, SecurityMetrics metrics)
    {
        _options = options.Value;
        _metrics = metrics;
        _scans = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.MaxConcurrentScans,
            QueueLimit = _options.ScanQueueLength,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var perUser = _options.MaxConcurrentScansPerUser;
        _perUser = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetConcurrencyLimiter(key,
            _ => new ConcurrencyLimiterOptions { PermitLimit = perUser, QueueLimit = 0 }));
    }

    /// <summary>The user's upload slot, held from before the body is read until the upload is answered.</summary>
    public RateLimitLease AdmitUser(ChatIdentity who)
    {
        var lease = _perUser.AttemptAcquire(who.UserKey);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        _metrics.RateLimited("upload_per_user");
        throw new AttachmentRejectedException(StatusCodes.Status429TooManyRequests,
            $"at most {_options.MaxConcurrentScansPerUser} image upload(s) at a time; wait for the last one to finish",
            TimeSpan.FromSeconds(Math.Max(1, _options.ScanBudgetMs / 1000)));
    }

    /// <summary>Runs <paramref name="scan"/> on a thread of its own once a decode slot is free.</summary>
    public async Task<T> ScanAsync<T>(Func<T> scan, CancellationToken ct)
    {
        using var queued = CancellationTokenSource.CreateLinkedTokenSource(ct);
        queued.CancelAfter(TimeSpan.FromMilliseconds(_options.ScanQueueTimeoutMs));
        RateLimitLease lease;
        try
        {
            lease = await _scans.AcquireAsync(1, queued.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Busy("image scanning is busy");
        }
        using (lease)
        {
            if (!lease.IsAcquired) throw Busy("too many images are waiting to be scanned");
            return await Task.Factory.StartNew(scan, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private AttachmentRejectedException Busy(string why)
    {
        _metrics.RateLimited("upload_busy");
        return new AttachmentRejectedException(StatusCodes.Status503ServiceUnavailable, why + "; try again shortly",
            TimeSpan.FromSeconds(Math.Max(1, _options.ScanBudgetMs * (_options.ScanQueueLength + 1) / 1000 / _options.MaxConcurrentScans)));
    }

    public void Dispose()
    {
        _scans.Dispose();
        _perUser.Dispose();
    }
}
