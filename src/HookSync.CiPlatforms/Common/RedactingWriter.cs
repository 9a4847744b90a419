using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.Common;

/// <summary>Writes whole lines through the run's secret redactor, so no reporter can print a secret by accident.</summary>
internal sealed class RedactingWriter
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly ISecretRedactor _redactor;

    public RedactingWriter(TextWriter output, TextWriter error, ISecretRedactor redactor)
    {
        _out = output;
        _error = error;
        _redactor = redactor;
    }

    /// <summary>Redacts any text; every file a reporter writes goes through here too.</summary>
    public string Redact(string text) => _redactor.Redact(text);

    /// <summary>Writes one redacted line to standard output.</summary>
    public void Line(string text) => _out.Write(_redactor.Redact(text) + "\n");

    /// <summary>Writes one redacted line to standard error.</summary>
    public void ErrorLine(string text)
    {
        _error.Write(_redactor.Redact(text) + "\n");
        _error.Flush();
    }

    /// <summary>Writes a line that must reach the runner unchanged: only <c>::add-mask::</c>, whose whole point is the secret.</summary>
    public void UnredactedLine(string text) => _out.Write(text + "\n");

    public void Flush() => _out.Flush();
}
