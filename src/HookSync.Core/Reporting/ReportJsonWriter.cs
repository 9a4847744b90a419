using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HookSync.Core.Reporting;

/// <summary>Writes a report as the JSON of README Reports. A plan (no result) leaves out the run fields.</summary>
/// <remarks>Written field by field with <see cref="Utf8JsonWriter"/>: no reflection, so it works trimmed and AOT-compiled.</remarks>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Reports are read by people and by jq; keep <, >, & and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(SyncReport report, Func<string, string>? redact = null)
    {
        using var stream = new MemoryStream();
        Write(report, stream, redact);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(SyncReport report, Stream stream, Func<string, string>? redact = null)
    {
        var r = redact ?? (s => s);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SyncReport.SchemaVersion);
        if (!report.IsPlan)
        {
            w.WriteString("result", report.Result.ToString());
            w.WriteNumber("exitCode", report.ExitCode ?? throw new InvalidOperationException("the host maps the exit code before the report is written"));
            w.WriteString("message", r(report.Message));
            WriteNullable(w, "failedPhase", report.FailedPhase?.ToString());
        }
        w.WriteString("revision", report.Revision);
        if (!report.IsPlan)
        {
            WriteTime(w, "startedAt", report.StartedAt);
            WriteTime(w, "finishedAt", report.FinishedAt);
            w.WriteStartObject("phases");
            foreach (var (phase, result) in report.Phases.OrderBy(p => p.Key))
            {
                w.WriteString(phase.ToString(), result.ToString());
            }
            w.WriteEndObject();
        }
        w.WriteStartArray("tasks");
        foreach (var task in report.Tasks)
        {
            WriteTask(w, task, report.IsPlan, r);
        }
        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", r(d.Message));
            WriteNullable(w, "file", d.Source?.File);
            if (d.Source is null)
            {
                w.WriteNull("line");
            }
            else
            {
                w.WriteNumber("line", d.Source.Line);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter w, TaskReport t, bool isPlan, Func<string, string> r)
    {
        w.WriteStartObject();
        if (!isPlan)
        {
            if (t.Order is { } order) { w.WriteNumber("order", order); } else { w.WriteNull("order"); }
        }
        w.WriteString("phase", t.Phase.ToString());
        w.WriteNumber("wave", t.Wave);
        w.WriteString("group", t.Group);
        w.WriteString("version", t.Version);
        w.WriteString("kind", t.Kind);
        w.WriteString("namespace", t.Namespace);
        w.WriteString("name", t.Name);
        w.WriteBoolean("hook", t.Hook);
        w.WriteStartArray("deletePolicies");
        foreach (var p in t.DeletePolicies)
        {
            w.WriteStringValue(p.ToString());
        }
        w.WriteEndArray();
        if (!isPlan)
        {
            WriteNullable(w, "action", t.Action?.ToString().ToLowerInvariant());
            WriteNullable(w, "status", t.Status?.ToString());
            WriteNullable(w, "state", t.State?.ToString());
            WriteNullable(w, "message", t.Message is null ? null : r(t.Message));
            w.WriteBoolean("deleted", t.Deleted);
        }
        w.WriteStartObject("source");
        w.WriteString("file", t.Source.File);
        w.WriteNumber("line", t.Source.Line);
        w.WriteEndObject();
        if (!isPlan)
        {
            WriteTime(w, "startedAt", t.StartedAt);
            WriteTime(w, "finishedAt", t.FinishedAt);
            if (t.Cause is { } cause)
            {
                WriteCause(w, cause, r);
            }
            if (t.LogTail.Count > 0)
            {
                w.WriteStartArray("logTail");
                foreach (var line in t.LogTail)
                {
                    w.WriteStringValue(r(line));
                }
                w.WriteEndArray();
            }
        }
        w.WriteEndObject();
    }

    private static void WriteCause(Utf8JsonWriter w, Diagnosis.FailureCause cause, Func<string, string> r)
    {
        w.WriteStartObject("cause");
        w.WriteString("code", cause.Code);
        w.WriteString("message", r(cause.Message));
        w.WriteString("hint", r(cause.Hint));
        w.WriteString("object", r(cause.Object));
        w.WriteStartArray("events");
        foreach (var e in cause.Events)
        {
            w.WriteStartObject();
            WriteTime(w, "time", e.Time);
            w.WriteString("type", r(e.Type));
            w.WriteString("reason", r(e.Reason));
            w.WriteString("message", r(e.Message));
            w.WriteString("object", r(e.Object));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTimeOffset? value) =>
        WriteNullable(w, name, value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}
