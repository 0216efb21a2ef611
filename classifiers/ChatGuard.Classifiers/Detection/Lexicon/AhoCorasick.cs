namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// Aho–Corasick automaton: every occurrence of every pattern in one left-to-right pass, however many
/// patterns there are. Hand-written because the package registry here has no Aho–Corasick package, and
/// <c>SearchValues&lt;string&gt;</c> only finds the first match without saying which pattern it was.
/// Root transitions are a direct 64K table; deeper states keep sorted transition arrays (binary search).
/// </summary>
public sealed class AhoCorasick
{
    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly int[] _edgeStart;   // per state: first index into _edgeChar/_edgeTarget
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _outputStart; // per state: first index into _outputs (outputs include the fail chain)
    private readonly int[] _outputs;     // pattern indices
    private readonly int[] _patternLength;

    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        // Build a trie with dictionaries, then flatten it.
        var children = new List<SortedDictionary<char, int>> { new() };
        var terminal = new List<List<int>> { new() };
        _patternLength = new int[patterns.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = patterns[p];
            if (pattern.Length == 0) throw new ArgumentException("empty pattern", nameof(patterns));
            _patternLength[p] = pattern.Length;
            var state = 0;
            foreach (var c in pattern)
            {
                if (!children[state].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[state][c] = next;
                    children.Add(new SortedDictionary<char, int>());
                    terminal.Add([]);
                }
                state = next;
            }
            terminal[state].Add(p);
        }

        var count = children.Count;
        _fail = new int[count];
        _edgeStart = new int[count + 1];
        var edges = 0;
        for (var s = 0; s < count; s++)
        {
            _edgeStart[s] = edges;
            edges += children[s].Count;
        }
        _edgeStart[count] = edges;
        _edgeChar = new char[edges];
        _edgeTarget = new int[edges];
        for (var s = 0; s < count; s++)
        {
            var e = _edgeStart[s];
            foreach (var (c, t) in children[s])
            {
                _edgeChar[e] = c;
                _edgeTarget[e++] = t;
            }
        }
        foreach (var (c, t) in children[0]) _root[c] = t;

        // Breadth-first failure links; a state's outputs are its own plus its failure state's.
        var outputs = new List<int>[count];
        outputs[0] = [];
        var queue = new Queue<int>();
        foreach (var (_, t) in children[0])
        {
            _fail[t] = 0;
            outputs[t] = [.. terminal[t]];
            queue.Enqueue(t);
        }
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var (c, t) in children[s])
            {
                var f = _fail[s];
                while (f != 0 && Next(f, c) < 0) f = _fail[f];
                var target = Step(f, c);
                _fail[t] = target == t ? 0 : target;
                outputs[t] = [.. terminal[t], .. outputs[_fail[t]]];
                queue.Enqueue(t);
            }
        }
        _outputStart = new int[count + 1];
        var total = 0;
        for (var s = 0; s < count; s++)
        {
            _outputStart[s] = total;
            total += outputs[s].Count;
        }
        _outputStart[count] = total;
        _outputs = new int[total];
        for (var s = 0; s < count; s++) outputs[s].CopyTo(_outputs, _outputStart[s]);
    }

    public int PatternCount => _patternLength.Length;

    /// <summary>Calls <paramref name="onMatch"/> (pattern index, start, end) for every occurrence in <paramref name="text"/>.</summary>
    public void Scan<TState>(ReadOnlySpan<char> text, ref TState state, MatchHandler<TState> onMatch)
    {
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Cost (issue 16): each state's transition is looked up once (it was searched again to take it).
            int next;
            while ((next = Next(s, c)) < 0 && s != 0) s = _fail[s];
            s = next < 0 ? 0 : next;
            for (var o = _outputStart[s]; o < _outputStart[s + 1]; o++)
            {
                var pattern = _outputs[o];
                onMatch(ref state, pattern, i + 1 - _patternLength[pattern], i + 1);
            }
        }
    }

    public delegate void MatchHandler<TState>(ref TState state, int pattern, int start, int end);

    private int Step(int state, char c)
    {
        if (state == 0) return _root[c];
        var next = Next(state, c);
        return next < 0 ? 0 : next;
    }

    private int Next(int state, char c)
    {
        if (state == 0) return _root[c] == 0 ? -1 : _root[c];
        int lo = _edgeStart[state], hi = _edgeStart[state + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = _edgeChar[mid];
            if (m == c) return _edgeTarget[mid];
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
