using HookSync.Core.Planning;

namespace HookSync.Core.Inventory;

/// <summary>The previous inventory, the leftovers that still exist (with their verdicts) and those already gone.</summary>
public sealed record PruneLookupResult(AppInventory? Previous, IReadOnlyList<PruneCandidate> Candidates, IReadOnlyList<InventoryEntry> Gone);
