using System.Globalization;

namespace HookSync.Simulator.Store;

/// <summary>Generates uids and generateName suffixes; seeded so a run is reproducible, locked so it is thread-safe.</summary>
internal sealed class IdentityGenerator
{
    // The alphabet the real apiserver uses for generateName suffixes (no vowels, no confusable digits).
    private const string SuffixAlphabet = "bcdfghjklmnpqrstvwxz2456789";
    private readonly Lock _gate = new();
#pragma warning disable CA5394 // Not security relevant: names and uids only need to look realistic and be reproducible.
    private readonly Random _random = new(20240917);

    public string Suffix(int length = 5)
    {
        lock (_gate)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = SuffixAlphabet[_random.Next(SuffixAlphabet.Length)];
            }
            return new string(chars);
        }
    }

    public string Uid()
    {
        lock (_gate)
        {
            var bytes = new byte[16];
            _random.NextBytes(bytes);
            // Version 4 / RFC 4122 variant bits, like the uids the apiserver hands out.
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
        }
    }

    public string Hash(int length = 10)
    {
        lock (_gate)
        {
            return _random.NextInt64().ToString("x16", CultureInfo.InvariantCulture)[..length];
        }
    }
#pragma warning restore CA5394
}
