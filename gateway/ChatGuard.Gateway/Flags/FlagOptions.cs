using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Flags;

/// <summary>The <c>ChatGuard:Flags</c> section.</summary>
public sealed class FlagOptions
{
    public const string Section = "ChatGuard:Flags";

    /// <summary>How many messages before a flagged one travel with it as context.</summary>
    [Range(0, 100)] public int ContextSize { get; set; } = 10;

    [Range(1, 1000)] public int DefaultPageSize { get; set; } = 50;

    [Range(1, 1000)] public int MaxPageSize { get; set; } = 200;

    [Range(1, 24 * 31)] public int MaxStatsHours { get; set; } = 24 * 7;

    [Range(0, 10_000)] public int MaxNoteLength { get; set; } = 1000;
}
