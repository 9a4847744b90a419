using System.Text;

namespace HookSync.CiPlatforms.Common;

/// <summary>
/// Standard output or error of the process, guarded line by line with <see cref="SafeLine"/>: whatever prints to it (the
/// plan, an error message, a reporter) cannot start a workflow command or emit an escape sequence by accident. The lines
/// HookSync builds as commands, section markers or colours go through <see cref="WriteTrustedLine"/>.
/// </summary>
public sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _pending = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                inner.Write(SafeLine.Of(_pending.ToString()) + "\n");
                _pending.Clear();
            }
            else
            {
                _pending.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        lock (_gate)
        {
            var start = 0;
            for (var newline = value.IndexOf('\n', start); newline >= 0; newline = value.IndexOf('\n', start))
            {
                _pending.Append(value, start, newline - start);
                inner.Write(SafeLine.Of(_pending.ToString()) + "\n");
                _pending.Clear();
                start = newline + 1;
            }
            _pending.Append(value, start, value.Length - start);
        }
    }

    /// <summary>Writes a line HookSync built itself (a workflow command, a section marker, a coloured line) unchanged.</summary>
    public void WriteTrustedLine(string line)
    {
        lock (_gate)
        {
            FlushPending();
            inner.Write(line + "\n");
        }
    }

    public override void Flush()
    {
        lock (_gate)
        {
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                FlushPending();
                inner.Flush();
            }
        }
        base.Dispose(disposing);
    }

    // A partial line (no newline yet) is completed before a trusted line, so the two never share a line.
    private void FlushPending()
    {
        if (_pending.Length > 0)
        {
            inner.Write(SafeLine.Of(_pending.ToString()) + "\n");
            _pending.Clear();
        }
    }
}
