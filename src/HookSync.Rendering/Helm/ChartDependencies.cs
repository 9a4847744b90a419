namespace HookSync.Rendering.Helm;

/// <summary>Whether a chart needs <c>helm dependency build</c> before it can be rendered.</summary>
internal static class ChartDependencies
{
    /// <summary>True when Chart.yaml (apiVersion v2) or requirements.yaml (v1) lists dependencies and <c>charts/</c> is absent.</summary>
    public static bool NeedBuild(string chartDirectory)
    {
        if (Directory.Exists(Path.Combine(chartDirectory, "charts")))
        {
            return false;
        }
        return Lists(Path.Combine(chartDirectory, "Chart.yaml")) || Lists(Path.Combine(chartDirectory, "requirements.yaml"));
    }

    private static bool Lists(string file)
    {
        if (!File.Exists(file))
        {
            return false;
        }
        var lines = File.ReadLines(file).ToList();
        var index = lines.FindIndex(l => l.StartsWith("dependencies:", StringComparison.Ordinal));
        if (index < 0)
        {
            return false;
        }
        var inline = lines[index]["dependencies:".Length..].Trim();
        if (inline.Length > 0)
        {
            return inline is not ("[]" or "~" or "null");
        }
        return lines.Skip(index + 1).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) is { } next
            && next.TrimStart().StartsWith('-');
    }
}
