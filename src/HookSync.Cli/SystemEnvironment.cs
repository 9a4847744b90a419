using HookSync.Core.Ports;

namespace HookSync.Cli;

/// <summary>The process environment.</summary>
internal sealed class SystemEnvironment : IEnvironment
{
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);
}
