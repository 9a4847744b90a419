using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>A parsed <c>labelSelector</c>: <c>a=b</c>, <c>a==b</c>, <c>a!=b</c>, <c>a in (x,y)</c>, <c>a notin (x)</c>, <c>a</c>, <c>!a</c>.</summary>
internal sealed class LabelSelector
{
    private readonly List<Func<IReadOnlyDictionary<string, string>, bool>> _requirements = [];

    public static LabelSelector Parse(string? text)
    {
        var selector = new LabelSelector();
        foreach (var term in SplitTerms(text ?? ""))
        {
            selector._requirements.Add(ParseTerm(term));
        }
        return selector;
    }

    public bool Matches(JsonObject obj)
    {
        var labels = (obj.At("metadata", "labels") as JsonObject)?
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value.AsSelectorText() ?? "", StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        return _requirements.All(r => r(labels));
    }

    private static Func<IReadOnlyDictionary<string, string>, bool> ParseTerm(string term)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length >= 2 && words[1] is "in" or "notin")
        {
            var key = words[0];
            var set = string.Join("", words[2..]).Trim('(', ')').Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            return words[1] == "in"
                ? labels => labels.TryGetValue(key, out var v) && set.Contains(v)
                : labels => !labels.TryGetValue(key, out var v) || !set.Contains(v);
        }
        if (term.Contains("!=", StringComparison.Ordinal))
        {
            var (key, value) = Split(term, "!=");
            return labels => !labels.TryGetValue(key, out var v) || v != value;
        }
        if (term.Contains('=', StringComparison.Ordinal))
        {
            var (key, value) = Split(term, term.Contains("==", StringComparison.Ordinal) ? "==" : "=");
            return labels => labels.TryGetValue(key, out var v) && v == value;
        }
        if (term.StartsWith('!'))
        {
            var key = term[1..].Trim();
            return labels => !labels.ContainsKey(key);
        }
        var existsKey = term.Trim();
        return labels => labels.ContainsKey(existsKey);
    }

    private static (string Key, string Value) Split(string term, string op)
    {
        var at = term.IndexOf(op, StringComparison.Ordinal);
        return (term[..at].Trim(), term[(at + op.Length)..].Trim());
    }

    /// <summary>Splits on commas outside parentheses.</summary>
    internal static IEnumerable<string> SplitTerms(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                var term = text[start..i].Trim();
                if (term.Length > 0)
                {
                    yield return term;
                }
                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
        }
    }
}
