using System.Text;

namespace HookSync.Core.Artifacts;

/// <summary>
/// File names from object, pod and container names. They are hostile (a CRD's kind, a generated name, a server's answer):
/// only <c>A-Z a-z 0-9 . _ -</c> are kept, a leading dot becomes <c>_</c> (no <c>..</c>, no hidden file), and the length is
/// bounded, so a name can never leave its directory or collide with a device name's syntax.
/// </summary>
public static class ArtifactNames
{
    public const int MaxLength = 100;

    public static string Safe(string? name)
    {
        var text = new StringBuilder();
        foreach (var c in (name ?? string.Empty).Take(MaxLength))
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }
        if (text.Length == 0 || text[0] == '.')
        {
            text.Insert(0, '_');
        }
        return text.ToString();
    }
}
