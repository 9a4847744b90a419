using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HookSync.Core.Diff;

/// <summary>
/// <c>hooksync diff --format json</c> (docs/sync-semantics.md "Diff"): the counts, each object with its action, source and
/// unified diff (as text and as hunks), the hooks that would run, the diagnostics and the exit code.
/// </summary>
/// <remarks>Written field by field with <see cref="Utf8JsonWriter"/>: no reflection, so it works trimmed and AOT-compiled.</remarks>
public static class DiffJsonWriter
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(DiffReport report, int exitCode, Func<string, string>? redact = null)
    {
        var r = redact ?? (s => s);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("command", "diff");
            w.WriteNumber("exitCode", exitCode);
            w.WriteBoolean("differences", report.HasDifferences);
            w.WriteString("revision", r(report.Revision));
            w.WriteStartObject("counts");
            foreach (var action in Enum.GetValues<DiffAction>())
            {
                w.WriteNumber(Word(action), report.Count(action));
            }
            w.WriteNumber("hooks", report.Hooks.Count);
            w.WriteEndObject();
            w.WriteStartArray("objects");
            foreach (var obj in report.Objects)
            {
                WriteObject(w, obj, r);
            }
            w.WriteEndArray();
            w.WriteStartArray("hooks");
            foreach (var hook in report.Hooks)
            {
                w.WriteStartObject();
                w.WriteString("phase", hook.Phase.ToString());
                w.WriteNumber("wave", hook.Wave);
                w.WriteString("kind", r(hook.Kind));
                w.WriteString("namespace", r(hook.Namespace));
                w.WriteString("name", r(hook.Name));
                w.WriteString("source", r(hook.Source.ToString()));
                w.WriteString("action", "will run");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                w.WriteString("code", d.Code);
                w.WriteString("message", r(d.Message));
                if (d.Source is { } source)
                {
                    w.WriteString("source", r(source.ToString()));
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The lower-case word of an action, as JSON and the docs use it.</summary>
    public static string Word(DiffAction action) => action.ToString().ToLowerInvariant();

    private static void WriteObject(Utf8JsonWriter w, ObjectDiff obj, Func<string, string> r)
    {
        w.WriteStartObject();
        w.WriteString("key", r(obj.Key.ToString()));
        w.WriteString("apiVersion", r(obj.Gvk.ApiVersion));
        w.WriteString("kind", r(obj.Gvk.Kind));
        w.WriteString("namespace", r(obj.Namespace));
        w.WriteString("name", r(obj.Name));
        w.WriteString("action", Word(obj.Action));
        if (obj.Source is { } source)
        {
            w.WriteString("source", r(source.ToString()));
        }
        else
        {
            w.WriteNull("source");
        }
        if (obj.Note is { } note)
        {
            w.WriteString("note", r(note));
        }
        w.WriteString("diff", r(string.Concat(obj.UnifiedLines().Select(l => l + "\n"))));
        w.WriteStartArray("hunks");
        foreach (var hunk in obj.Hunks)
        {
            w.WriteStartObject();
            // As in the @@ header: an empty side starts at the line before (0 for a create or a prune).
            w.WriteNumber("oldStart", hunk.OldCount == 0 ? hunk.OldStart - 1 : hunk.OldStart);
            w.WriteNumber("oldLines", hunk.OldCount);
            w.WriteNumber("newStart", hunk.NewCount == 0 ? hunk.NewStart - 1 : hunk.NewStart);
            w.WriteNumber("newLines", hunk.NewCount);
            w.WriteStartArray("lines");
            foreach (var line in hunk.Lines)
            {
                w.WriteStringValue(r(line.ToString()));
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
