using System.Text;
using HookSync.CiPlatforms.Common;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>The <c>hooksync.env</c> dotenv report: plain <c>KEY=value</c> lines a later job reads (docs/ci.md, A later job gating on the result).</summary>
internal static class DotenvReport
{
    /// <summary>GitLab refuses a dotenv file over 5 KB; ours is far smaller, and this guards it.</summary>
    public const int MaxBytes = 5 * 1024;

    public static string Render(SyncReport report, Func<string, string> redact)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in RunOutputs.For(report, reportPath: null))
        {
            if (name == "report")
            {
                continue;
            }
            var line = $"HOOKSYNC_{name.Replace('-', '_').ToUpperInvariant()}={Clean(redact(value))}\n";
            if (Encoding.UTF8.GetByteCount(text.ToString() + line) >= MaxBytes)
            {
                break;
            }
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>Values may hold no quotes, spaces, line breaks, and no <c>=</c> (GitLab splits a line at its last <c>=</c>).</summary>
    private static string Clean(string value)
    {
        var clean = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            clean.Append(char.IsWhiteSpace(c) || char.IsControl(c) || c is '=' or '"' or '\'' ? '_' : c);
        }
        return clean.ToString();
    }
}
