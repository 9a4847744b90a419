using System.Text.Json.Nodes;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HookSync.Manifests.Parsing;

/// <summary>Builds one YAML document straight from parser events into a <see cref="JsonNode"/>, with anchors, merge keys and limits.</summary>
/// <remarks>Building JSON directly avoids a second tree (YamlDotNet's representation model) per document, and
/// counting nodes as they are built lets an alias bomb be rejected before it is expanded.</remarks>
internal sealed class YamlDocumentBuilder(string file, ManifestLoaderOptions options)
{
    private readonly Dictionary<string, YamlAnchor> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<YamlFrame> _frames = new();
    private readonly LineMap _lines = new();
    private readonly YamlNodeBudget _budget = new(options);
    private JsonNode? _root;
    private int _rootLine;
    private bool _hasRoot;
    private Diagnostic? _error;

    /// <summary>Reads from the current <see cref="DocumentStart"/> through its <see cref="DocumentEnd"/>.</summary>
    /// <returns>The document, or null when it is empty or <paramref name="error"/> is set.</returns>
    public ParsedDocument? Build(IParser parser, out Diagnostic? error)
    {
        parser.MoveNext();
        while (parser.Current is not DocumentEnd)
        {
            var current = parser.Current ?? throw new InvalidOperationException("YAML parser ended inside a document");
            Handle(current);
            if (_error is not null)
            {
                SkipRestOfDocument(parser);
                error = _error;
                return null;
            }
            parser.MoveNext();
        }
        parser.MoveNext();
        error = null;
        // An empty document (`---` then nothing, or only comments) arrives as one empty plain scalar: null.
        return !_hasRoot || _root is null ? null : new ParsedDocument(_root, _rootLine, _lines);
    }

    private static void SkipRestOfDocument(IParser parser)
    {
        while (parser.Current is not DocumentEnd && parser.MoveNext())
        {
        }
        parser.MoveNext();
    }

    private static int LineOf(ParsingEvent e) => (int)e.Start.Line;

    private void Handle(ParsingEvent current)
    {
        switch (current)
        {
            case Scalar scalar:
                OnScalar(scalar);
                break;
            case AnchorAlias alias:
                OnAlias(alias);
                break;
            case MappingStart start:
                OnContainerStart(start, new JsonObject(), start.Anchor);
                break;
            case SequenceStart start:
                OnContainerStart(start, new JsonArray(), start.Anchor);
                break;
            case MappingEnd or SequenceEnd:
                OnContainerEnd();
                break;
            default:
                // Comments are not emitted by the default scanner; nothing else can appear inside a document.
                break;
        }
    }

    private void OnScalar(Scalar scalar)
    {
        var line = LineOf(scalar);
        if (!Within(_budget.AddNodes(1), line))
        {
            return;
        }
        if (_frames.TryPeek(out var parent) && parent.ExpectsKey)
        {
            _budget.AddCharacters(scalar.Value.Length);
            var isMerge = scalar.Value == "<<" && scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
            RememberAnchor(scalar.Anchor, JsonValue.Create(scalar.Value), 1, 0);
            SetKey(parent, scalar.Value, isMerge, line);
            return;
        }
        if (!CoreSchema.TryResolve(scalar, out var node, out var problem))
        {
            Fail(DiagnosticCodes.InvalidYaml, $"Invalid YAML: {problem}; remove the tag or fix the value.", line);
            return;
        }
        _budget.AddCharacters(scalar.Value.Length);
        RememberAnchor(scalar.Anchor, node, 1, 0);
        Attach(node, line, 0);
    }

    private void OnAlias(AnchorAlias alias)
    {
        var line = LineOf(alias);
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var anchor))
        {
            Fail(DiagnosticCodes.InvalidYaml, $"Invalid YAML: the alias *{name} refers to no anchor; define &{name} earlier in the same document.", line);
            return;
        }
        if (!Within(_budget.AddAliasNodes(anchor.NodeCount), line) || !Within(_budget.AddAliasCharacters(anchor.Characters), line)
            || !Within(_budget.CheckDepth(_frames.Count + anchor.Height), line))
        {
            return;
        }
        if (_frames.TryPeek(out var parent) && parent.ExpectsKey)
        {
            if (anchor.Node is JsonValue key && key.TryGetValue<string>(out var text))
            {
                SetKey(parent, text, isMerge: false, line);
                return;
            }
            Fail(DiagnosticCodes.InvalidYaml, $"Invalid YAML: the alias *{name} is used as a mapping key but is not a string; Kubernetes keys are strings.", line);
            return;
        }
        // A merge source is only read, so the anchored mapping need not be copied here.
        var isMergeValue = _frames.TryPeek(out var target) && target.PendingMerge;
        Attach(isMergeValue ? anchor.Node : anchor.Node?.DeepClone(), line, anchor.Height);
    }

    private void OnContainerStart(NodeEvent start, JsonNode container, AnchorName anchor)
    {
        var line = LineOf(start);
        if (_frames.TryPeek(out var parent) && parent.ExpectsKey)
        {
            Fail(DiagnosticCodes.InvalidYaml, "Invalid YAML: a mapping or sequence is used as a mapping key; Kubernetes keys are strings.", line);
            return;
        }
        var startCount = _budget.Nodes;
        if (!Within(_budget.CheckDepth(_frames.Count + 1), line) || !Within(_budget.AddNodes(1), line))
        {
            return;
        }
        var lineKey = parent is null ? LineMap.RootKey : parent.ChildLineKey();
        _frames.Push(new YamlFrame(container, anchor.IsEmpty ? null : anchor.Value, startCount, line, lineKey, _frames.Count + 1)
        {
            CharactersAtStart = _budget.Characters,
        });
    }

    private void OnContainerEnd()
    {
        var frame = _frames.Pop();
        if (frame.Mapping is { } mapping)
        {
            foreach (var source in frame.MergeSources)
            {
                foreach (var (key, value) in source)
                {
                    // YAML merge: keys written in the mapping win, then earlier merge sources win over later ones.
                    mapping.TryAdd(key, value?.DeepClone());
                }
            }
        }
        if (frame.Anchor is not null)
        {
            _anchors[frame.Anchor] = new YamlAnchor(frame.Container, _budget.Nodes - frame.NodesAtStart, frame.Height, _budget.Characters - frame.CharactersAtStart);
        }
        Attach(frame.Container, frame.Line, frame.Height);
    }

    private void SetKey(YamlFrame mapping, string key, bool isMerge, int line)
    {
        mapping.PendingKey = isMerge ? null : key;
        mapping.PendingMerge = isMerge;
        mapping.PendingKeyLine = line;
    }

    private void Attach(JsonNode? node, int line, int height)
    {
        if (!_frames.TryPeek(out var parent))
        {
            _root = node;
            _rootLine = line;
            _hasRoot = true;
            return;
        }
        parent.Height = Math.Max(parent.Height, height + 1);
        if (parent.ChildLineKey() is { } lineKey)
        {
            _lines.Record(lineKey, line);
        }
        if (parent.Sequence is { } sequence)
        {
            sequence.Add(node);
            return;
        }
        var mapping = parent.Mapping!;
        if (parent.PendingMerge)
        {
            AddMergeSource(parent, node, line);
        }
        else if (!mapping.TryAdd(parent.PendingKey!, node))
        {
            Fail(DiagnosticCodes.InvalidYaml, $"Invalid YAML: the key \"{parent.PendingKey}\" appears twice in the same mapping; remove one (kubectl rejects duplicate keys).", parent.PendingKeyLine);
        }
        parent.PendingKey = null;
        parent.PendingMerge = false;
    }

    private void AddMergeSource(YamlFrame parent, JsonNode? node, int line)
    {
        var sources = node switch
        {
            JsonObject single => [single],
            JsonArray list when list.All(item => item is JsonObject) => list.Cast<JsonObject>().ToList(),
            _ => null,
        };
        if (sources is null)
        {
            Fail(DiagnosticCodes.InvalidYaml, "Invalid YAML: the merge key << needs a mapping or a list of mappings.", line);
            return;
        }
        parent.MergeSources.AddRange(sources);
    }

    private void RememberAnchor(AnchorName anchor, JsonNode? node, long count, int height)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = new YamlAnchor(node, count, height, node is JsonValue value && value.TryGetValue<string>(out var text) ? text.Length : 0);
        }
    }

    private bool Within(string? problem, int line)
    {
        if (problem is not null)
        {
            Fail(DiagnosticCodes.AliasBomb, problem, line);
        }
        return problem is null;
    }

    private void Fail(string code, string message, int line) =>
        _error ??= Diagnostic.Error(code, message, new SourceLocation(file, line));
}
