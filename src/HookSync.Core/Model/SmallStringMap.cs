using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace HookSync.Core.Model;

/// <summary>A read-only string map of a few entries, held as one array of keys and values in insertion order.</summary>
/// <remarks>Most objects carry one to a handful of labels or annotations; a <see cref="Dictionary{TKey, TValue}"/> of one
/// entry costs over 200 bytes, this about 60. Look-ups are linear, so callers use it only for small maps.</remarks>
internal sealed class SmallStringMap : IReadOnlyDictionary<string, string>
{
    /// <summary>Most entries worth a linear look-up; larger maps stay dictionaries.</summary>
    public const int MaxEntries = 8;

    // Key i at 2i, its value at 2i + 1.
    private readonly string[] _pairs;

    /// <param name="pairs">Distinct keys and their values, alternating.</param>
    public SmallStringMap(string[] pairs) => _pairs = pairs;

    public int Count => _pairs.Length / 2;

    public IEnumerable<string> Keys => this.Select(e => e.Key);

    public IEnumerable<string> Values => this.Select(e => e.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' was not found.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (string.Equals(_pairs[i], key, StringComparison.Ordinal))
            {
                value = _pairs[i + 1];
                return true;
            }
        }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            yield return new KeyValuePair<string, string>(_pairs[i], _pairs[i + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
