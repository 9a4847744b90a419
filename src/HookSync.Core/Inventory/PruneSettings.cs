namespace HookSync.Core.Inventory;

/// <summary>How a run treats objects that left the manifests (<c>--prune</c>, <c>--prune-confirm</c>, <c>--sync-option PruneLast=true</c>).</summary>
/// <param name="App">The app whose tracking id an object must carry to be pruned.</param>
/// <param name="Prune">Delete them (<c>--prune</c>); otherwise they are reported as "would be pruned".</param>
/// <param name="Confirmed">Objects annotated <c>Prune=confirm</c> may be deleted (<c>--prune-confirm</c>).</param>
/// <param name="PruneLast">Every prune runs after the last Sync wave (run-level <c>PruneLast=true</c>).</param>
public sealed record PruneSettings(string App, bool Prune, bool Confirmed, bool PruneLast);
