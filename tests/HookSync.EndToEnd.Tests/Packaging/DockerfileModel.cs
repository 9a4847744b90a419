namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>A minimal Dockerfile reader: stages and instructions, enough to check and replay ours.</summary>
internal sealed class DockerfileModel
{
    private DockerfileModel(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The stage named <paramref name="name"/> (<c>FROM … AS name</c>).</summary>
    public DockerStage Stage(string name) =>
        Stages.SingleOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Dockerfile has no stage named '{name}'");

    /// <summary>The last stage: the image that is shipped.</summary>
    public DockerStage Final => Stages[^1];

    public static DockerfileModel Load(string path) => Parse(File.ReadAllLines(path));

    public static DockerfileModel Parse(IReadOnlyList<string> lines)
    {
        var stages = new List<DockerStage>();
        var current = new List<DockerInstruction>();
        string? image = null, name = null;
        foreach (var instruction in Instructions(lines))
        {
            if (instruction.Keyword == "FROM")
            {
                if (image is not null)
                {
                    stages.Add(new DockerStage(image, name, current));
                }
                var words = instruction.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
                image = words[0];
                name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                current = [];
                continue;
            }
            current.Add(instruction);
        }
        if (image is not null)
        {
            stages.Add(new DockerStage(image, name, current));
        }
        return new DockerfileModel(stages);
    }

    private static IEnumerable<DockerInstruction> Instructions(IReadOnlyList<string> lines)
    {
        var text = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (text.Count == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }
            if (text.Count == 0)
            {
                start = i + 1;
            }
            if (line.StartsWith('#'))
            {
                continue; // a comment inside a continued instruction
            }
            var continued = line.EndsWith('\\');
            text.Add(continued ? line[..^1].Trim() : line);
            if (!continued)
            {
                var joined = string.Join(' ', text.Where(t => t.Length > 0));
                var space = joined.IndexOf(' ', StringComparison.Ordinal);
                yield return space < 0
                    ? new DockerInstruction(joined.ToUpperInvariant(), string.Empty, start)
                    : new DockerInstruction(joined[..space].ToUpperInvariant(), joined[(space + 1)..].Trim(), start);
                text.Clear();
            }
        }
    }
}
