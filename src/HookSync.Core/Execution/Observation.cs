using HookSync.Core.Model;

namespace HookSync.Core.Execution;

/// <summary>What a watch or a GET saw of a task's object; <paramref name="Live"/> null means it is gone.</summary>
/// <param name="Record">The task the object belongs to.</param>
/// <param name="Epoch">The watch generation it came from; stale generations are ignored.</param>
/// <param name="Live">The object now, or null when it no longer exists.</param>
internal sealed record Observation(TaskRecord Record, int Epoch, KubeObject? Live);
