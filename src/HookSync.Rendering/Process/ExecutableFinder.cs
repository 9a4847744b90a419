namespace HookSync.Rendering.Process;

/// <summary>Finds an executable the way a shell would, without a shell: a path is taken as it is, a bare name is looked up on PATH.</summary>
internal static class ExecutableFinder
{
    /// <summary>The full path of <paramref name="name"/>, or null when there is none.</summary>
    /// <param name="name">A bare name (<c>helm</c>) or a path (<c>./render.sh</c>, <c>/usr/bin/kustomize</c>).</param>
    /// <param name="relativeTo">The directory a relative path is resolved against.</param>
    /// <param name="searchPath">The PATH variable's value.</param>
    public static string? Find(string name, string relativeTo, string? searchPath)
    {
        if (name.Length == 0)
        {
            return null;
        }
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(name, relativeTo);
            return File.Exists(full) ? full : null;
        }
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : [name];
        return (searchPath ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists);
    }
}
