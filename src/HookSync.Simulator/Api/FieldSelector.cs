using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>A parsed <c>fieldSelector</c> (<c>metadata.name=x</c>, <c>status.phase!=Running</c>), evaluated on dotted paths.</summary>
internal sealed class FieldSelector
{
    private readonly List<(string[] Path, bool Equal, string Value)> _terms = [];

    public static FieldSelector Parse(string? text)
    {
        var selector = new FieldSelector();
        foreach (var term in LabelSelector.SplitTerms(text ?? ""))
        {
            var negated = term.Contains("!=", StringComparison.Ordinal);
            var op = negated ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : "=";
            var at = term.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0)
            {
                throw ApiException.BadRequest($"invalid selector: '{term}'; can't understand '{term}'");
            }
            selector._terms.Add((term[..at].Trim().Split('.'), !negated, term[(at + op.Length)..].Trim()));
        }
        return selector;
    }

    /// <summary>The single <c>metadata.name=x</c> a watch is narrowed to, if any.</summary>
    public string? Name => _terms.FirstOrDefault(t => t.Equal && t.Path is ["metadata", "name"]).Value;

    public bool Matches(JsonObject obj) =>
        _terms.All(t => string.Equals(obj.At(t.Path).AsSelectorText() ?? "", t.Value, StringComparison.Ordinal) == t.Equal);
}
