using System.Text;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>Accumulates text up to a UTF-8 byte limit; the runner drops a step summary over 1 MiB.</summary>
internal sealed class BoundedText
{
    public const string TruncatedLine = "\n_⚠️ summary truncated: it would exceed GitHub's 1 MiB step-summary limit; the JSON report has everything._\n";

    private readonly StringBuilder _text = new();
    private readonly int _limit;
    private readonly Func<string, string> _redact;
    private int _bytes;

    /// <param name="limit">The byte limit, the truncation line included.</param>
    /// <param name="redact">Applied to every block before it is measured, since redaction changes lengths.</param>
    public BoundedText(int limit, Func<string, string> redact)
    {
        _limit = limit - Encoding.UTF8.GetByteCount(TruncatedLine);
        _redact = redact;
    }

    public bool Truncated { get; private set; }

    /// <summary>Appends a block and a newline, or marks the text truncated when it does not fit (later blocks are refused too).</summary>
    public bool Append(string block)
    {
        if (Truncated)
        {
            return false;
        }
        block = _redact(block);
        var size = Encoding.UTF8.GetByteCount(block) + 1;
        if (_bytes + size > _limit)
        {
            Truncated = true;
            _text.Append(TruncatedLine);
            return false;
        }
        _text.Append(block).Append('\n');
        _bytes += size;
        return true;
    }

    public override string ToString() => _text.ToString();
}
