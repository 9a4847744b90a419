using System.Globalization;

namespace HookSync.Core.Hooks;

/// <summary>Parses a sync wave or Helm hook weight (rule A7): base-10 integer, optional sign, no spaces.</summary>
public static class WaveParser
{
    public static bool TryParse(string? value, out long wave)
    {
        wave = 0;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        // Go's strconv.Atoi semantics: an optional sign, then digits only. " 1", "1.5", "0x1" are invalid.
        var digits = value[0] is '+' or '-' ? value.AsSpan(1) : value.AsSpan();
        if (digits.IsEmpty)
        {
            return false;
        }
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        // 64-bit, as Argo CD's strconv.Atoi on a 64-bit platform: a wave of 3000000000 is a wave, not an error.
        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out wave);
    }
}
