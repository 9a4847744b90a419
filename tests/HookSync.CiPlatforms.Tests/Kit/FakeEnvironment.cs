using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.Tests.Kit;

/// <summary>Environment variables from a dictionary, so each test fakes its own runner.</summary>
internal sealed class FakeEnvironment(IReadOnlyDictionary<string, string> variables) : IEnvironment
{
    public FakeEnvironment()
        : this(new Dictionary<string, string>())
    {
    }

    public string? Get(string name) => variables.TryGetValue(name, out var value) ? value : null;
}
