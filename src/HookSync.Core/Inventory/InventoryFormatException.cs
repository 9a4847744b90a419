namespace HookSync.Core.Inventory;

/// <summary>The stored inventory cannot be read; the message names the object and the fix.</summary>
public sealed class InventoryFormatException(string message) : Exception(message);
