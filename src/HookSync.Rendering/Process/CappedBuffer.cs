using System.Text;

namespace HookSync.Rendering.Process;

/// <summary>
/// Collects a pipe's bytes up to a limit. It can be read while the pipe is still open, so a tool killed on timeout
/// still shows what it had said so far.
/// </summary>
internal sealed class CappedBuffer(long maxBytes)
{
    private readonly Lock _gate = new();
    private readonly MemoryStream _bytes = new();

    /// <summary>True once more than the limit was offered; the extra bytes were dropped.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Keeps what fits; returns false when the limit was passed.</summary>
    public bool Append(ReadOnlySpan<byte> chunk)
    {
        lock (_gate)
        {
            var room = (int)Math.Max(0, Math.Min(int.MaxValue, maxBytes - _bytes.Length));
            _bytes.Write(chunk[..Math.Min(room, chunk.Length)]);
            Overflowed |= chunk.Length > room;
            return !Overflowed;
        }
    }

    public string Text()
    {
        lock (_gate)
        {
            return Encoding.UTF8.GetString(_bytes.GetBuffer(), 0, (int)_bytes.Length);
        }
    }
}
