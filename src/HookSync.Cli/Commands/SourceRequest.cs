using HookSync.CiPlatforms;
using HookSync.Cli.Options;
using HookSync.Core.Ports;

namespace HookSync.Cli.Commands;

/// <summary>The manifest-related options, converted once and validated.</summary>
internal sealed record SourceRequest(
    string WorkspaceDirectory,
    IReadOnlyList<string> Paths,
    bool Recursive,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    string? Namespace,
    string? Revision,
    bool Strict,
    string? Repo,
    string? Ref,
    string Ci,
    string? ReportPath)
{
    /// <summary>How PATHs are rendered (Kustomize, Helm, a render command); set by <see cref="From"/>.</summary>
    public RenderSettings Render { get; init; } = RenderSettings.Default;

    /// <summary>The run's sync options (<c>--sync-option</c>), validated.</summary>
    public Core.Hooks.SyncOptionSet RunOptions { get; init; } = Core.Hooks.SyncOptionSet.Empty;

    public static SourceRequest From(SourceOptions options, CiPlatformResolver platforms, IEnvironment env, string currentDirectory)
    {
        var workspace = FirstNonEmpty(options.Workspace, platforms.WorkspaceDirectory(env)) ?? currentDirectory;
        var optionErrors = new List<string>();
        var runOptions = Core.Hooks.SyncOptionParser.ParseRun(options.SyncOption.Where(o => o.Length > 0), optionErrors);
        if (optionErrors.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, optionErrors));
        }
        return new SourceRequest(
            Path.GetFullPath(workspace, currentDirectory),
            options.Paths.Where(p => p.Length > 0).ToList(),
            options.Recursive,
            options.Include.Where(p => p.Length > 0).ToList(),
            options.Exclude.Where(p => p.Length > 0).ToList(),
            NullIfEmpty(options.Namespace),
            NullIfEmpty(options.Revision),
            options.Strict,
            NullIfEmpty(options.Repo),
            NullIfEmpty(options.Ref),
            options.Ci,
            NullIfEmpty(options.Report) is { } report ? Path.GetFullPath(report, currentDirectory) : null)
        {
            RunOptions = runOptions,
            Render = RenderSettingsFactory.From(options, SyncRequest.AppName(null, platforms.RepositoryName(env), workspace, NullIfEmpty(options.Repo)), NullIfEmpty(options.Namespace)),
        };
    }

    public ManifestQuery Query(string root) => new(root, Paths, Recursive, Include, Exclude);

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
