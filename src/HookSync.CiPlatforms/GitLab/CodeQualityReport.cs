using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HookSync.Core.Diagnostics;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>The <c>hooksync-codequality.json</c> report: one Code Climate issue per diagnostic (docs/ci.md GitLab CI).</summary>
internal static class CodeQualityReport
{
    /// <summary>Run-wide diagnostics have no file; GitLab requires a path, so they point at the repository root.</summary>
    public const string RunWidePath = ".";

    public static byte[] Render(IReadOnlyList<Diagnostic> diagnostics, Func<string, string> redact)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                var path = redact(diagnostic.Source?.File ?? RunWidePath);
                var line = diagnostic.Source?.Line ?? 1;
                var message = redact(diagnostic.Message);
                json.WriteStartObject();
                json.WriteString("description", message);
                json.WriteString("check_name", diagnostic.Code);
                json.WriteString("fingerprint", Fingerprint(diagnostic.Code, path, line, message));
                json.WriteString("severity", SeverityOf(diagnostic.Severity));
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", line);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
    }

    /// <summary>Code Climate severities: an error blocks the sync (major), a warning is minor, a notice is info.</summary>
    public static string SeverityOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "major",
        DiagnosticSeverity.Warning => "minor",
        _ => "info",
    };

    /// <summary>Stable across runs: GitLab matches findings between pipelines by fingerprint.</summary>
    public static string Fingerprint(string code, string path, int line, string message) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{code}\n{path}\n{line}\n{message}")));
}
