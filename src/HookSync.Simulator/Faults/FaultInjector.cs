namespace HookSync.Simulator.Faults;

/// <summary>The scripted faults of one simulator; decides, per arriving request, which fault (if any) it gets.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(rule.After);
        if (rule.Rate is < 0 or > 1 || double.IsNaN(rule.Rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Rate, "Rate must be between 0 and 1");
        }
        lock (_gate)
        {
            _entries.Add(new Entry(rule));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The fault for a request, or null; the first rule (in the order added) that fires wins.</summary>
    public FaultRule? Next(string? verb, string method, string path)
    {
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                if (entry.Fires(verb, method, path))
                {
                    return entry.Rule;
                }
            }
            return null;
        }
    }

    private sealed class Entry(FaultRule rule)
    {
        // Test determinism, not security: a seeded generator makes a "30% of requests" run repeatable.
#pragma warning disable CA5394
        private readonly Random _random = new(rule.Seed);
        private int _seen;
        private int _fired;

        public FaultRule Rule { get; } = rule;

        public bool Fires(string? verb, string method, string path)
        {
            if (!Rule.AppliesTo(verb)
                || (Rule.Verb is { } v && !string.Equals(v, verb, StringComparison.OrdinalIgnoreCase) && !string.Equals(v, method, StringComparison.OrdinalIgnoreCase))
                || (Rule.PathContains is { } p && !path.Contains(p, StringComparison.Ordinal)))
            {
                return false;
            }
            if (++_seen <= Rule.After || (Rule.MaxCount is { } max && _fired >= max))
            {
                return false;
            }
            if (Rule.Rate < 1 && _random.NextDouble() >= Rule.Rate)
            {
                return false;
            }
#pragma warning restore CA5394
            _fired++;
            return true;
        }
    }
}
