namespace HookSync.Core.Ports;

/// <summary>Environment variables, injected so tests can fake a CI runner.</summary>
public interface IEnvironment
{
    string? Get(string name);
}
