namespace HookSync.Core.Ports;

/// <summary>What a reporter writes to and with.</summary>
/// <param name="Environment">Environment variables (GITHUB_OUTPUT, CI_PROJECT_DIR, …).</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Redactor">Every text leaves through it.</param>
/// <param name="Time">Clock for section timestamps and durations.</param>
/// <param name="Color">True to use ANSI colour (a terminal, and NO_COLOR unset).</param>
/// <param name="ReportPath">Where to write the JSON report, or null for none.</param>
public sealed record ReporterContext(
    IEnvironment Environment,
    TextWriter Out,
    TextWriter Error,
    ISecretRedactor Redactor,
    TimeProvider Time,
    bool Color,
    string? ReportPath);
