using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.Common;

/// <summary>
/// Writes whole lines through the run's secret redactor, so no reporter can print a secret by accident, and through
/// <see cref="SafeLine"/>, so no reporter can print a workflow command or escape sequence by accident either. Lines a
/// reporter builds as commands on purpose use <see cref="CommandLine"/>.
/// </summary>
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

    /// <summary>Writes one redacted, guarded line to standard output.</summary>
    public void Line(string text) => _out.Write(SafeLine.Of(_redactor.Redact(text)) + "\n");

    /// <summary>Writes one redacted, guarded line to standard error.</summary>
    public void ErrorLine(string text)
    {
        _error.Write(SafeLine.Of(_redactor.Redact(text)) + "\n");
        _error.Flush();
    }

    /// <summary>
    /// Writes a line the reporter built as a command, section marker or coloured line: redacted, but not guarded. Every
    /// value inside it must already be escaped by its builder (<c>WorkflowCommands</c>, <c>DisplayText</c>).
    /// </summary>
    public void CommandLine(string text) => Trusted(_redactor.Redact(text));

    /// <summary>Writes a line that must reach the runner unchanged: only <c>::add-mask::</c>, whose whole point is the secret.</summary>
    public void UnredactedLine(string text) => Trusted(text);

    public void Flush() => _out.Flush();

    private void Trusted(string line)
    {
        if (_out is GuardedWriter guarded)
        {
            guarded.WriteTrustedLine(line);
        }
        else
        {
            _out.Write(line + "\n");
        }
    }
}
