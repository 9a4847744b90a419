using HookSync.Core.Model;

namespace HookSync.Core.Diagnostics;

/// <summary>A finding about the input, tied to a file and line where there is one.</summary>
/// <param name="Severity">Error, warning or notice.</param>
/// <param name="Code">A stable identifier such as <c>HS1001</c>, for documentation and code-quality reports.</param>
/// <param name="Message">One sentence naming the object, what is wrong and the fix.</param>
/// <param name="Source">The manifest location, or null for run-wide findings.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Source)
{
    public static Diagnostic Error(string code, string message, SourceLocation? source) => new(DiagnosticSeverity.Error, code, message, source);

    public static Diagnostic Warning(string code, string message, SourceLocation? source) => new(DiagnosticSeverity.Warning, code, message, source);

    public static Diagnostic Notice(string code, string message, SourceLocation? source) => new(DiagnosticSeverity.Notice, code, message, source);

    /// <summary>Returns the same finding as an error (what <c>--strict</c> does to warnings).</summary>
    public Diagnostic AsError() => this with { Severity = DiagnosticSeverity.Error };

    public override string ToString()
    {
        var where = Source is null ? string.Empty : $"{Source}: ";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
