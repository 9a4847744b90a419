namespace HookSync.Manifests.Tests;

/// <summary>Runs <see cref="LargeInputTests"/> alone, so heap measurements see only their own allocations.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeInputCollection
{
    public const string Name = "Large input";
}
