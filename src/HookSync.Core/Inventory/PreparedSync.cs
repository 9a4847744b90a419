using HookSync.Core.Planning;

namespace HookSync.Core.Inventory;

/// <summary>The plan with its prune tasks, the lines that say what will be pruned, and why the run must not start (if so).</summary>
public sealed record PreparedSync(SyncPlan Plan, IReadOnlyList<string> Notes, string? Refusal);
