namespace HookSync.Simulator;

/// <summary>The thread-safe request log: an entry is reserved when a request arrives and completed with its status code.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _entries = [];

    /// <summary>Records an arriving request (status code 0 until it is answered) and returns its position.</summary>
    public int Begin(RecordedRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
            return _entries.Count - 1;
        }
    }

    public void Complete(int position, int statusCode, string? verb)
    {
        lock (_gate)
        {
            _entries[position] = _entries[position] with { StatusCode = statusCode, Verb = verb };
        }
    }

    public void MarkFault(int position, string fault)
    {
        lock (_gate)
        {
            _entries[position] = _entries[position] with { Fault = fault };
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
