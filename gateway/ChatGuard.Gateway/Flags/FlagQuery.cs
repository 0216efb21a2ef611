namespace ChatGuard.Gateway.Flags;

/// <summary>A page of the queue: filters (all optional), the page size, and the cursor of the previous page.</summary>
public sealed record FlagQuery(
    string Tenant,
    string? Status = null,
    string? Label = null,
    string? ShopId = null,
    string? Kind = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 50,
    long? Before = null);

/// <summary>One page, newest first; <see cref="NextBefore"/> is null on the last page.</summary>
public sealed record FlagPage(IReadOnlyList<FlagRecord> Items, long? NextBefore);

/// <summary>One bar of the console's chart: flags per label in one hour.</summary>
public sealed record FlagHourCount(DateTimeOffset Hour, string Label, int Count);
