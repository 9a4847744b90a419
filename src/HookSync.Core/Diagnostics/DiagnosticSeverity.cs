namespace HookSync.Core.Diagnostics;

/// <summary>How serious a diagnostic is; errors stop the run before anything is applied.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
    Notice,
}
