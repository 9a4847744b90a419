using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>One watch event with the object as it is after the change (before deletion, for Deleted).</summary>
public sealed record WatchEvent(WatchEventType Type, KubeObject Object);
