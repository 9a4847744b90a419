using HookSync.Core.Ports;

namespace HookSync.Testing;

/// <summary>An <see cref="IEnvironment"/> backed by a dictionary, for tests that fake a runner's variables.</summary>
public sealed class DictionaryEnvironment : IEnvironment
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public DictionaryEnvironment()
    {
    }

    public DictionaryEnvironment(IEnumerable<KeyValuePair<string, string>> variables)
    {
        foreach (var (name, value) in variables)
        {
            _variables[name] = value;
        }
    }

    /// <summary>Sets a variable and returns this environment, for chaining.</summary>
    public DictionaryEnvironment With(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    public string? Get(string name) => _variables.GetValueOrDefault(name);
}
