using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Manifests.Discovery;

/// <summary>Turns PATH arguments, <c>-R</c> and the include/exclude globs into the list of files to read (<c>hooksync plan --help</c>).</summary>
internal static class ManifestFileFinder
{
    private const int MaxNamedSubdirectories = 10;

    private static readonly EnumerationOptions Shallow = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        // Hidden entries are filtered by name below, the same way on every OS.
        AttributesToSkip = FileAttributes.None,
    };

    public static DiscoveryResult Find(ManifestQuery query)
    {
        var workspace = Path.GetFullPath(query.Workspace);
        var walk = new Walk(
            workspace,
            query.Recursive,
            query.Include.Select(p => new GlobPattern(p)).ToList(),
            query.Exclude.Select(p => new GlobPattern(p)).ToList());
        var paths = query.Paths.Count == 0 ? ["."] : query.Paths;
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(workspace, path));
            if (File.Exists(full))
            {
                walk.AddExplicitFile(full);
            }
            else if (Directory.Exists(full))
            {
                walk.AddDirectory(full, path);
            }
            else
            {
                walk.Diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.PathNotFound,
                    $"PATH \"{path}\" does not exist in the workspace; check the path (it is relative to the workspace root).",
                    null));
            }
        }
        var files = walk.Files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return new DiscoveryResult(files, walk.Diagnostics);
    }

    internal static string Relative(string workspace, string full) =>
        Path.GetRelativePath(workspace, full).Replace('\\', '/');

    private static bool IsHidden(string name) => name.StartsWith('.');

    private sealed class Walk(string workspace, bool recursive, IReadOnlyList<GlobPattern> include, IReadOnlyList<GlobPattern> exclude)
    {
        private readonly HashSet<string> _visitedDirectories = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _realDirectories = new(StringComparer.Ordinal);

        public Dictionary<string, ManifestFile> Files { get; } = new(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = [];

        public void AddExplicitFile(string full)
        {
            // A file named on the command line is read even if hidden or outside the filters: the user asked for it.
            var relative = Relative(workspace, full);
            var name = Path.GetFileName(full);
            if (!NonManifestFiles.HasManifestExtension(name) && NonManifestFiles.ReasonToSkip(name) is null)
            {
                Diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.NotAManifest,
                    $"{relative} is not a manifest file: HookSync reads .yaml, .yml and .json files; rename it or pass another PATH.",
                    null));
                return;
            }
            AddCandidate(full, relative, name);
        }

        public void AddDirectory(string full, string argument)
        {
            if (recursive)
            {
                Descend(full);
                return;
            }
            AddFilesOf(full);
            var skipped = Directory.EnumerateDirectories(full, "*", Shallow)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => !IsHidden(name))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (skipped.Count > 0)
            {
                var named = string.Join(", ", skipped.Take(MaxNamedSubdirectories));
                var more = skipped.Count > MaxNamedSubdirectories ? $" and {skipped.Count - MaxNamedSubdirectories} more" : string.Empty;
                Diagnostics.Add(Diagnostic.Notice(
                    DiagnosticCodes.SubdirectoryNotSearched,
                    $"Sub-directories of \"{argument}\" were not searched: {named}{more}; pass -R (--recursive) to read them.",
                    null));
            }
        }

        private void Descend(string directory)
        {
            // Guards against symbolic-link loops: each real directory is walked once.
            string real;
            try
            {
                real = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory;
            }
            catch (IOException)
            {
                Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotARegularFile,
                    $"{Relative(workspace, directory)} is a symbolic link that never reaches a directory (a loop of links); fix or remove the link.", null));
                return;
            }
            if (real != directory && !IsInsideWorkspace(real))
            {
                ReportLinkOutside(Relative(workspace, directory), "directory");
                return;
            }
            if (!_visitedDirectories.Add(real))
            {
                return;
            }
            AddFilesOf(directory);
            foreach (var sub in Directory.EnumerateDirectories(directory, "*", Shallow).Order(StringComparer.Ordinal))
            {
                if (!IsHidden(Path.GetFileName(sub)))
                {
                    Descend(sub);
                }
            }
        }

        private void AddFilesOf(string directory)
        {
            foreach (var full in Directory.EnumerateFiles(directory, "*", Shallow))
            {
                var name = Path.GetFileName(full);
                if (IsHidden(name) || (!NonManifestFiles.HasManifestExtension(name) && NonManifestFiles.ReasonToSkip(name) is null))
                {
                    continue;
                }
                var relative = Relative(workspace, full);
                if ((include.Count > 0 && !include.Any(g => g.IsMatch(relative))) || exclude.Any(g => g.IsMatch(relative)))
                {
                    continue;
                }
                AddCandidate(full, relative, name);
            }
        }

        private void AddCandidate(string full, string relative, string name)
        {
            if (!_seenFiles.Add(full))
            {
                return;
            }
            var reason = NonManifestFiles.ReasonToSkip(name);
            if (reason is not null)
            {
                Diagnostics.Add(Diagnostic.Notice(DiagnosticCodes.NotAManifest, $"Skipped {relative}: {reason}.", new SourceLocation(relative, 1)));
                return;
            }
            if (IsUnsafe(full, relative))
            {
                return;
            }
            Files[full] = new ManifestFile(relative, full);
        }

        // A manifest is read only when it is a regular file whose real location is inside the workspace: a link to
        // /dev/zero, a FIFO or a file elsewhere on the runner would exhaust memory, hang, or apply what nobody reviewed.
        private bool IsUnsafe(string full, string relative)
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null)
            {
                FileSystemInfo? target;
                try
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException)
                {
                    // ELOOP: links that point at each other never reach a file.
                    Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotARegularFile,
                        $"{relative} is a symbolic link that never reaches a file (a loop of links); fix or remove the link.", new SourceLocation(relative, 1)));
                    return true;
                }
                if (target is null || !target.Exists)
                {
                    Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotARegularFile,
                        $"{relative} is a symbolic link to nothing (its target does not exist); fix or remove the link.", new SourceLocation(relative, 1)));
                    return true;
                }
                if (!IsInsideWorkspace(target.FullName) || !IsInsideWorkspace(RealDirectoryOf(target.FullName)))
                {
                    ReportLinkOutside(relative, "file");
                    return true;
                }
            }
            else if (!IsInsideWorkspace(RealDirectoryOf(full)))
            {
                ReportLinkOutside(relative, "file");
                return true;
            }
            if (FileKind.NonRegular(full) is { } kind)
            {
                Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotARegularFile,
                    $"{relative} is {kind}, not a regular file; HookSync reads only regular files. Remove it or exclude it with --exclude.",
                    new SourceLocation(relative, 1)));
                return true;
            }
            return false;
        }

        private void ReportLinkOutside(string relative, string what) =>
            Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LinkOutsideWorkspace,
                $"{relative} is a symbolic link to a {what} outside the workspace; HookSync reads only manifests inside the workspace. " +
                "Copy the manifest into the workspace or remove the link.",
                new SourceLocation(relative, 1)));

        private bool IsInsideWorkspace(string path) => IsWithin(workspace, path) || IsWithin(RealWorkspace, path);

        private string RealWorkspace => _realWorkspace ??= RealPath(workspace);

        private string? _realWorkspace;

        private static bool IsWithin(string root, string path)
        {
            var relative = Path.GetRelativePath(root, path);
            return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !relative.StartsWith(@"..\", StringComparison.Ordinal)
                && !Path.IsPathRooted(relative);
        }

        private string RealDirectoryOf(string file)
        {
            var directory = Path.GetDirectoryName(file) ?? file;
            if (!_realDirectories.TryGetValue(directory, out var real))
            {
                real = RealPath(directory);
                _realDirectories[directory] = real;
            }
            return real;
        }

        // The directory with every symbolic link on its way resolved, so a linked parent cannot lead outside unseen.
        private static string RealPath(string directory)
        {
            var root = Path.GetPathRoot(directory) ?? "/";
            var current = root;
            foreach (var part in directory[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(current, part);
                current = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            }
            return current;
        }
    }
}
