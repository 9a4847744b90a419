using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HookSync.Manifests.Parsing;

/// <summary>A YAML parser that remembers where its last event was, so a failure without a position still gets a line.</summary>
internal sealed class LineTrackingParser(IParser inner) : IParser
{
    /// <summary>1-based line of the last event read (1 before any).</summary>
    public int LastLine { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastLine = (int)Math.Max(1, current.End.Line);
        }
        return moved;
    }
}
