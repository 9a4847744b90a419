using System.Text;
using HookSync.CiPlatforms.Common;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>Writes step outputs in the runner's heredoc form with random delimiters (docs/ci.md Outputs).</summary>
internal static class OutputFile
{
    /// <summary>UTF-8 without a BOM: a BOM would become part of the first output's name.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders <c>name&lt;&lt;ghadelimiter_…</c>, the value, and the delimiter, for every output, with LF endings.</summary>
    public static string Render(IEnumerable<KeyValuePair<string, string>> outputs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in outputs)
        {
            var normalized = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            var delimiter = "ghadelimiter_" + RandomToken.NewHex();
            // A constant delimiter could be forged by the value; a random one is unguessable, and the
            // toolkit likewise refuses a value that happens to contain it.
            while (normalized.Contains(delimiter, StringComparison.Ordinal))
            {
                delimiter = "ghadelimiter_" + RandomToken.NewHex();
            }
            text.Append(name).Append("<<").Append(delimiter).Append('\n')
                .Append(normalized).Append('\n')
                .Append(delimiter).Append('\n');
        }
        return text.ToString();
    }

    public static void Append(string path, string content) => File.AppendAllText(path, content, Utf8);

    public static void Overwrite(string path, string content) => File.WriteAllText(path, content, Utf8);
}
