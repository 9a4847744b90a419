using System.Text;

namespace HookSync.Rendering.Command;

/// <summary>
/// Splits a <c>--render-command</c> line into words the way a POSIX shell would, and nothing more: whitespace separates,
/// single quotes keep everything, double quotes keep everything but <c>\"</c> and <c>\\</c>, a backslash outside quotes
/// keeps the next character. No variables, globs, pipes or redirections: the words go to the process as they are.
/// </summary>
public static class CommandLineWords
{
    /// <summary>The words; throws <see cref="FormatException"/> for an unterminated quote or a trailing backslash.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }
                    break;
                case '\'':
                    inWord = true;
                    var close = line.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException("the render command has an unterminated single quote");
                    }
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    inWord = true;
                    i = DoubleQuoted(line, i + 1, word);
                    break;
                case '\\':
                    if (i + 1 >= line.Length)
                    {
                        throw new FormatException("the render command ends with a backslash");
                    }
                    inWord = true;
                    word.Append(line[++i]);
                    break;
                default:
                    inWord = true;
                    word.Append(c);
                    break;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private static int DoubleQuoted(string line, int start, StringBuilder word)
    {
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                return i;
            }
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`')
            {
                i++;
            }
            word.Append(line[i]);
        }
        throw new FormatException("the render command has an unterminated double quote");
    }
}
