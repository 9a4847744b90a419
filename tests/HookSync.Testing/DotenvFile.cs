using System.Text;
using System.Text.RegularExpressions;

namespace HookSync.Testing;

/// <summary>Reads a GitLab dotenv report with GitLab's rules, failing where GitLab would reject the file.</summary>
public static partial class DotenvFile
{
    public const int MaxBytes = 5 * 1024;

    /// <exception cref="FormatException">Over 5 KB, a BOM, an empty line, a line without <c>=</c>, or a key outside <c>[A-Za-z0-9_]</c>.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= MaxBytes)
        {
            throw new FormatException($"dotenv file is {bytes.Length} bytes; GitLab accepts less than {MaxBytes}");
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            throw new FormatException("dotenv file starts with a byte-order mark");
        }
        var text = Encoding.UTF8.GetString(bytes);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');
        foreach (var line in lines)
        {
            // GitLab's parser takes the text before the LAST '=' as the key (a greedy match), then strips both.
            var match = LinePattern().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"invalid dotenv line '{line}'");
            }
            var key = match.Groups[1].Value.Trim();
            if (!KeyPattern().IsMatch(key))
            {
                throw new FormatException($"invalid dotenv key '{key}'");
            }
            variables[key] = match.Groups[2].Value.Trim();
        }
        return variables;
    }

    [GeneratedRegex("^(.*)=(.*)$")]
    private static partial Regex LinePattern();

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex KeyPattern();
}
