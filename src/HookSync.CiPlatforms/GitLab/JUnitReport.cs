using System.Text;
using System.Xml;
using HookSync.CiPlatforms.Common;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>The <c>hooksync-junit.xml</c> report: a testsuite per phase with tasks, a testcase per task (docs/ci.md GitLab CI).</summary>
internal static class JUnitReport
{
    /// <summary>Log lines in a failure's text; GitLab shows the text in the MR test panel.</summary>
    public const int LogTailLines = 50;

    public static string Render(SyncReport report, Func<string, string> redact)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = OutputEncoding, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(output), settings))
        {
            var phases = ReportFacts.Phases.Select(p => report.Tasks.Where(t => t.Phase == p).ToList()).Where(t => t.Count > 0).ToList();
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "hooksync");
            WriteCounts(xml, report.Tasks);
            foreach (var tasks in phases)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", tasks[0].Phase.ToString());
                WriteCounts(xml, tasks);
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var task in tasks)
                {
                    WriteCase(xml, task, names, redact);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return output.ToString();
    }

    public static Encoding OutputEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static void WriteCounts(XmlWriter xml, IReadOnlyList<TaskReport> tasks)
    {
        xml.WriteAttributeString("tests", tasks.Count.ToString());
        xml.WriteAttributeString("failures", tasks.Count(t => Outcome(t) == CaseOutcome.Failure).ToString());
        xml.WriteAttributeString("errors", tasks.Count(t => Outcome(t) == CaseOutcome.Error).ToString());
        xml.WriteAttributeString("skipped", tasks.Count(t => Outcome(t) == CaseOutcome.Skipped).ToString());
        xml.WriteAttributeString("time", Seconds(tasks.Sum(t => t.Duration?.TotalSeconds ?? 0)));
    }

    private static void WriteCase(XmlWriter xml, TaskReport task, HashSet<string> names, Func<string, string> redact)
    {
        var classname = $"{task.Phase}.wave{task.Wave}";
        var name = task.DisplayName;
        // GitLab rejects duplicate classname+name pairs; the same kind/name in two namespaces is legal.
        if (!names.Add(classname + "\n" + name))
        {
            name = $"{name} ({task.Namespace})";
            names.Add(classname + "\n" + name);
        }
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", XmlSafe(redact(classname)));
        xml.WriteAttributeString("name", XmlSafe(redact(name)));
        xml.WriteAttributeString("file", XmlSafe(redact(task.Source.File)));
        xml.WriteAttributeString("time", Seconds(task.Duration?.TotalSeconds ?? 0));
        var message = XmlSafe(redact(task.Message ?? string.Empty));
        switch (Outcome(task))
        {
            case CaseOutcome.Failure:
            case CaseOutcome.Error:
                xml.WriteStartElement(Outcome(task) == CaseOutcome.Failure ? "failure" : "error");
                xml.WriteAttributeString("message", message);
                xml.WriteAttributeString("type", task.State?.ToString() ?? task.Status?.ToString() ?? "Failed");
                xml.WriteString(XmlSafe(redact(FailureText(task))));
                xml.WriteEndElement();
                break;
            case CaseOutcome.Skipped:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", "not run");
                xml.WriteEndElement();
                break;
            default:
                break;
        }
        xml.WriteEndElement();
    }

    private static string FailureText(TaskReport task)
    {
        var text = new StringBuilder().Append(task.Message).Append('\n').Append("source: ").Append(task.Source).Append('\n');
        if (task.Cause is { } cause)
        {
            text.Append("cause: ").Append(cause.Code).Append(": ").Append(cause.Message).Append('\n').Append("hint: ").Append(cause.Hint).Append('\n');
            foreach (var e in cause.Events)
            {
                text.Append("event: ").Append(e.Type).Append(' ').Append(e.Reason).Append(' ').Append(e.Object).Append(": ").Append(e.Message).Append('\n');
            }
        }
        if (task.LogTail.Count > 0)
        {
            text.Append("\nlast log lines:\n").AppendJoin('\n', task.LogTail.TakeLast(LogTailLines)).Append('\n');
        }
        return text.ToString();
    }

    // A hook still Running when the run ended (timeout, cancellation) did not finish: an error, not a pass.
    private static CaseOutcome Outcome(TaskReport task) => task switch
    {
        { State: OperationPhase.Error } or { State: OperationPhase.Running } => CaseOutcome.Error,
        _ when ReportFacts.IsFailed(task) => CaseOutcome.Failure,
        _ when ReportFacts.NeverRan(task) => CaseOutcome.Skipped,
        _ => CaseOutcome.Passed,
    };

    private static string Seconds(double seconds) => seconds.ToString("0.000");

    /// <summary>Drops characters XML 1.0 cannot carry (control characters from a hook's log), keeping valid surrogate pairs.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(text[i]).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }
        return safe.ToString();
    }

    private enum CaseOutcome
    {
        Passed,
        Failure,
        Error,
        Skipped,
    }

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => OutputEncoding;
    }
}
