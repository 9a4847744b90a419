namespace HookSync.Cli.Commands;

/// <summary>Where the inventory lives and whether to prune (<c>--inventory-namespace</c>, <c>--prune</c>, <c>--prune-confirm</c>).</summary>
internal sealed record InventoryRequest(string? Namespace, bool Prune, bool Confirmed);
