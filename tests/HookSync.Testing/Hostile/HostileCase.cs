namespace HookSync.Testing.Hostile;

/// <summary>One hostile input: a name, and what it writes into an empty workspace (under <c>deploy/</c>).</summary>
/// <param name="Name">A short, unique, file-name-safe id, used as the theory row's name.</param>
/// <param name="Setup">Writes the case's files (and links, FIFOs) into the workspace.</param>
public sealed record HostileCase(string Name, Action<TempWorkspace> Setup)
{
    public override string ToString() => Name;
}
