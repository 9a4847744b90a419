namespace HookSync.Core.Hooks;

/// <summary>Splits comma-separated annotation values as Argo CD does (rule A2).</summary>
public static class AnnotationList
{
    /// <summary>Items trimmed, empty items dropped, duplicates removed, first-seen order kept. Case-sensitive.</summary>
    public static IReadOnlyList<string> Split(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }
        var result = new List<string>();
        foreach (var raw in value.Split(','))
        {
            var item = raw.Trim();
            if (item.Length > 0 && !result.Contains(item, StringComparer.Ordinal))
            {
                result.Add(item);
            }
        }
        return result;
    }
}
