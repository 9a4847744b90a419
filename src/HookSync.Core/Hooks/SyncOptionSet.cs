namespace HookSync.Core.Hooks;

/// <summary>
/// The sync options in force for one object or for the run: option name to value, as Argo CD spells them. An object's
/// own annotation wins over the run's <c>--sync-option</c> for the same name (<see cref="Over"/>).
/// </summary>
public sealed class SyncOptionSet
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public SyncOptionSet(IReadOnlyDictionary<string, string> values) => _values = values;

    public static SyncOptionSet Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> Values => _values;

    public bool IsEmpty => _values.Count == 0;

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public bool Is(string name, string value) => this[name] == value;

    public bool SkipDryRunOnMissingResource => Is(SyncOptionNames.SkipDryRunOnMissingResource, "true");

    public bool Replace => Is(SyncOptionNames.Replace, "true");

    public bool Force => Is(SyncOptionNames.Force, "true");

    /// <summary><c>Validate=false</c>: the server ignores unknown and duplicate fields instead of refusing them.</summary>
    public bool SkipValidation => Is(SyncOptionNames.Validate, "false");

    public bool PruneDisabled => Is(SyncOptionNames.Prune, "false");

    public bool PruneNeedsConfirmation => Is(SyncOptionNames.Prune, "confirm");

    public bool PruneLast => Is(SyncOptionNames.PruneLast, "true");

    public bool ApplyOutOfSyncOnly => Is(SyncOptionNames.ApplyOutOfSyncOnly, "true");

    public bool CreateNamespace => Is(SyncOptionNames.CreateNamespace, "true");

    public bool FailOnSharedResource => Is(SyncOptionNames.FailOnSharedResource, "true");

    /// <summary>This set with <paramref name="fallback"/>'s values for the names it does not have.</summary>
    public SyncOptionSet Over(SyncOptionSet fallback)
    {
        if (fallback.IsEmpty)
        {
            return this;
        }
        if (IsEmpty)
        {
            return fallback;
        }
        var merged = new Dictionary<string, string>(fallback._values, StringComparer.Ordinal);
        foreach (var (name, value) in _values)
        {
            merged[name] = value;
        }
        return new SyncOptionSet(merged);
    }

    /// <summary>Argo CD's spelling, <c>Name=value,…</c> in name order.</summary>
    public override string ToString() =>
        string.Join(",", _values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
