namespace HookSync.Simulator;

/// <summary>The thread-safe request log: an entry is reserved when a request arrives and completed with its status code.</summary>
internal sealed class RequestLog(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _entries = [];
    private readonly List<(long Begin, long End)> _spans = [];
    private long _tick;

    /// <summary>Records an arriving request (status code 0 until it is answered) and returns its position.</summary>
    public int Begin(RecordedRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry with { ArrivedAt = time.GetUtcNow() });
            _spans.Add((++_tick, long.MaxValue));
            return _entries.Count - 1;
        }
    }

    public void Complete(int position, int statusCode, string? verb)
    {
        lock (_gate)
        {
            // The first completion is when the answer started (a watch's headers); a second one only updates the code.
            var answeredAt = _entries[position].AnsweredAt ?? time.GetUtcNow();
            _entries[position] = _entries[position] with { StatusCode = statusCode, Verb = verb, AnsweredAt = answeredAt };
            _spans[position] = (_spans[position].Begin, ++_tick);
        }
    }

    public void MarkFault(int position, string fault)
    {
        lock (_gate)
        {
            _entries[position] = _entries[position] with { Fault = fault };
        }
    }

    /// <summary>
    /// The most requests matching <paramref name="filter"/> that were being served at once (arrived and not yet
    /// answered), in arrival and answer order rather than time, so it does not depend on the machine's speed.
    /// </summary>
    public int MaxInFlight(Func<RecordedRequest, bool> filter)
    {
        lock (_gate)
        {
            var edges = new List<(long Tick, int Delta)>();
            for (var i = 0; i < _entries.Count; i++)
            {
                if (filter(_entries[i]))
                {
                    edges.Add((_spans[i].Begin, 1));
                    edges.Add((_spans[i].End, -1));
                }
            }
            var current = 0;
            var max = 0;
            foreach (var (_, delta) in edges.OrderBy(e => e.Tick))
            {
                current += delta;
                max = Math.Max(max, current);
            }
            return max;
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }
}
