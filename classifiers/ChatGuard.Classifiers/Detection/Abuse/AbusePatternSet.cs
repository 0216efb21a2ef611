using System.Numerics;
using ChatGuard.Classifiers.Detection.Lexicon;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 patterns with the keys of all of them in one Aho–Corasick automaton, so one pass over a view of the message says
/// which patterns could match it (cost, issue 16: a search per pattern's keys cost about a microsecond each, and a
/// scan asked a dozen patterns on three views). Immutable and shared by every scan.
/// </summary>
public sealed class AbusePatternSet
{
    /// <summary>At most one bit per pattern in the masks <see cref="MayMatch"/> returns.</summary>
    public const int MaxPatterns = 64;

    private readonly AbusePattern[] _patterns;
    private readonly AhoCorasick _keys;
    private readonly ulong[] _anywhere; // per key: the patterns it counts for wherever it stands
    private readonly ulong[] _atWordStart; // per key: the patterns it counts for only where a word starts

    public AbusePatternSet(params AbusePattern[] patterns)
    {
        if (patterns.Length > MaxPatterns) throw new ArgumentException($"at most {MaxPatterns} patterns", nameof(patterns));
        _patterns = patterns;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var anywhere = new List<ulong>();
        var atWordStart = new List<ulong>();
        for (var p = 0; p < patterns.Length; p++)
        {
            if (patterns[p].Keys.Length == 0) throw new ArgumentException($"pattern {p} has no keys", nameof(patterns));
            foreach (var key in patterns[p].Keys)
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids[key] = id;
                    anywhere.Add(0);
                    atWordStart.Add(0);
                }
                if (patterns[p].KeysStartWords && char.IsAsciiLetter(key[0])) atWordStart[id] |= 1UL << p;
                else anywhere[id] |= 1UL << p;
            }
        }
        _keys = new AhoCorasick([.. ids.Keys]);
        _anywhere = [.. anywhere];
        _atWordStart = [.. atWordStart];
    }

    public ReadOnlySpan<AbusePattern> Patterns => _patterns;

    /// <summary>
    /// The patterns among <paramref name="among"/> (bit i: pattern i) that could match <paramref name="text"/>: those
    /// with a key in it, where a word starts for the keys that must, or whose gate matches it.
    /// </summary>
    public ulong MayMatch(string text, ulong among)
    {
        var state = new KeyState(this, text);
        _keys.Scan(text, ref state, static (ref KeyState s, int key, int start, int _) => s.Found(key, start));
        var found = state.Patterns & among;
        for (var rest = among & ~found; rest != 0; rest &= rest - 1)
        {
            var p = BitOperations.TrailingZeroCount(rest);
            if (_patterns[p].Gate is { } gate && gate.IsMatch(text)) found |= 1UL << p;
        }
        return found;
    }

    private struct KeyState(AbusePatternSet set, string text)
    {
        public ulong Patterns;

        public void Found(int key, int start)
        {
            Patterns |= set._anywhere[key];
            if (set._atWordStart[key] != 0 && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]))) Patterns |= set._atWordStart[key];
        }
    }
}
