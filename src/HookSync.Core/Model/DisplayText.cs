using System.Globalization;
using System.Text;

namespace HookSync.Core.Model;

/// <summary>
/// Makes a string from a manifest, a file name, a server or a hook safe to put inside one line of a log: every control
/// character becomes a visible escape. A raw line break would let the rest of a hostile name start its own line, where
/// <c>::error::</c> runs as a GitHub workflow command; a raw ESC would forge a GitLab section marker or repaint the terminal.
/// </summary>
public static class DisplayText
{
    /// <summary>The value with <c>\n</c>, <c>\r</c>, ESC (<c>\e</c>), other C0/C1 controls and Unicode line separators escaped.</summary>
    public static string Visible(string value)
    {
        var i = 0;
        while (i < value.Length && !NeedsEscape(value[i]))
        {
            i++;
        }
        if (i == value.Length)
        {
            return value;
        }
        var text = new StringBuilder(value.Length + 8).Append(value, 0, i);
        for (; i < value.Length; i++)
        {
            var c = value[i];
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\u001b' => "\\e",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    // A tab is layout, not control: it is kept (hook logs and stack traces use it).
    private static bool NeedsEscape(char c) =>
        (c < ' ' && c != '\t') || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029';
}
