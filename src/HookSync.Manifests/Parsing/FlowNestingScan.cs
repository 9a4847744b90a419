namespace HookSync.Manifests.Parsing;

/// <summary>
/// Measures how deep YAML flow collections (<c>[</c>, <c>{</c>) nest, in one linear pass, without parsing. It may count
/// a bracket YAML would read as text (so it only refuses beyond the depth limit, which real manifests never reach), but
/// skips quoted strings, comments and block scalars, where brackets are common. It reads UTF-8 bytes: every character
/// it looks for is ASCII, and no byte of a multi-byte character is.
/// </summary>
internal static class FlowNestingScan
{
    /// <summary>The 1-based line where flow nesting first exceeds <paramref name="maxDepth"/>, or null.</summary>
    public static int? FirstLineDeeperThan(ReadOnlySpan<byte> text, int maxDepth)
    {
        var depth = 0;
        var line = 1;
        var blockScalarIndent = -1;
        var atLineStart = true;
        var indent = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                indent = 0;
                continue;
            }
            if (atLineStart)
            {
                if (c == ' ')
                {
                    indent++;
                    continue;
                }
                atLineStart = false;
                if (blockScalarIndent >= 0)
                {
                    // Block scalar text runs while lines are indented deeper than the key that opened it.
                    if (indent > blockScalarIndent)
                    {
                        i = SkipToLineEnd(text, i);
                        continue;
                    }
                    blockScalarIndent = -1;
                }
            }
            switch (c)
            {
                case (byte)'#' when i == 0 || FollowsWhiteSpace(text, i):
                    i = SkipToLineEnd(text, i);
                    break;
                case (byte)'"' or (byte)'\'' when depth > 0 || StartsValue(text, i):
                    i = SkipQuoted(text, i, ref line);
                    break;
                case (byte)'|' or (byte)'>' when depth == 0 && StartsValue(text, i):
                    blockScalarIndent = indent;
                    i = SkipToLineEnd(text, i);
                    break;
                case (byte)'[' or (byte)'{' when depth > 0 || StartsValue(text, i):
                    if (++depth > maxDepth)
                    {
                        return line;
                    }
                    break;
                case (byte)']' or (byte)'}' when depth > 0:
                    depth--;
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    // In block context a token starts a value at the start of a line or after "- ", ": " or "? " (inside flow
    // collections every bracket counts, so this is only asked outside them).
    private static bool StartsValue(ReadOnlySpan<byte> text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }
        return j < 0 || text[j] == '\n' || (text[j] is (byte)':' or (byte)'-' or (byte)'?' && j < i - 1);
    }

    // As char.IsWhiteSpace on the character before i (which may be a multi-byte one, such as a no-break space).
    private static bool FollowsWhiteSpace(ReadOnlySpan<byte> text, int i) =>
        System.Text.Rune.DecodeLastFromUtf8(text[..i], out var previous, out _) == System.Buffers.OperationStatus.Done
        && System.Text.Rune.IsWhiteSpace(previous);

    private static int SkipToLineEnd(ReadOnlySpan<byte> text, int i)
    {
        var end = text[i..].IndexOf((byte)'\n');
        return end < 0 ? text.Length - 1 : i + end - 1;
    }

    private static int SkipQuoted(ReadOnlySpan<byte> text, int i, ref int line)
    {
        var quote = text[i];
        for (var j = i + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n')
            {
                line++;
            }
            else if (c == '\\' && quote == '"')
            {
                j++;
            }
            else if (c == quote)
            {
                // '' inside a single-quoted string is an escaped quote.
                if (quote == '\'' && j + 1 < text.Length && text[j + 1] == '\'')
                {
                    j++;
                    continue;
                }
                return j;
            }
        }
        return text.Length - 1;
    }
}
