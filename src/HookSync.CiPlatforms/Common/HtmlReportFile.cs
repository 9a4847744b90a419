using HookSync.CiPlatforms.Console;
using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Common;

/// <summary>Writes <c>hooksync-report.html</c> next to the JSON report (same name, <c>.html</c>), when there is a JSON report.</summary>
internal static class HtmlReportFile
{
    /// <summary>The HTML report's path for a JSON report path: <c>hooksync-report.json</c> → <c>hooksync-report.html</c>.</summary>
    public static string PathFor(string jsonReportPath) => Path.ChangeExtension(Path.GetFullPath(jsonReportPath), ".html");

    public static void Write(ConsoleReporter console, SyncReport report, Func<SourceLocation, string?> link)
    {
        if (console.Context.ReportPath is not { Length: > 0 } json)
        {
            return;
        }
        console.TryWriteFile(PathFor(json), path => File.WriteAllText(path, HtmlReport.Render(report, console.Writer.Redact, link)));
    }
}
