using HookSync.Cli.Options;
using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Rendering.Command;

namespace HookSync.Cli.Commands;

/// <summary>Converts the render options into <see cref="RenderSettings"/> once, with usage errors for what cannot work.</summary>
internal static class RenderSettingsFactory
{
    public static RenderSettings From(RenderSourceOptions o, string appName, string? ns)
    {
        SourceType? requested = o.SourceType.Trim().ToLowerInvariant() switch
        {
            "" or "auto" => null,
            "directory" => SourceType.Directory,
            "kustomize" => SourceType.Kustomize,
            "helm" => SourceType.Helm,
            _ => throw new UsageException($"--source-type must be auto, directory, kustomize or helm, not '{o.SourceType}'."),
        };
        var command = Blank(o.RenderCommand);
        if (command is not null)
        {
            if (requested is not null)
            {
                throw new UsageException("--render-command renders every PATH itself; leave out --source-type.");
            }
            try
            {
                if (CommandLineWords.Split(command).Count == 0)
                {
                    throw new UsageException("--render-command is empty; give the command that prints the manifests.");
                }
            }
            catch (FormatException e)
            {
                throw new UsageException($"--render-command cannot be read: {e.Message}.");
            }
        }
        if (!DurationParser.TryParse(o.RenderTimeout, out var timeout) || timeout <= TimeSpan.Zero)
        {
            throw new UsageException($"--render-timeout takes a duration such as 90s, 2m or 10m, not '{o.RenderTimeout}'.");
        }
        IReadOnlyList<string> buildOptions;
        try
        {
            buildOptions = Blank(o.KustomizeBuildOptions) is { } text ? CommandLineWords.Split(text) : [];
        }
        catch (FormatException e)
        {
            throw new UsageException($"--kustomize-build-options cannot be read: {e.Message.Replace("the render command", "it", StringComparison.Ordinal)}.");
        }
        foreach (var pair in o.HelmSet.Concat(o.HelmSetString).Concat(o.HelmSetFile).Where(p => !p.Contains('=', StringComparison.Ordinal)))
        {
            throw new UsageException($"--helm-set, --helm-set-string and --helm-set-file take KEY=VALUE; one has no '='.");
        }
        var helm = new HelmSettings(
            Blank(o.HelmReleaseName),
            NonEmpty(o.HelmValues),
            NonEmpty(o.HelmSet),
            NonEmpty(o.HelmSetString),
            NonEmpty(o.HelmSetFile),
            o.IncludeCrds,
            NonEmpty(o.HelmApiVersions),
            Blank(o.HelmKubeVersion));
        return new RenderSettings(requested, appName, ns, Blank(o.KustomizeBinary), buildOptions, Blank(o.HelmBinary), helm, command, timeout);
    }

    /// <summary>The <c>--set</c> and <c>--set-string</c> values, to register with the secret redactor before anything is printed.</summary>
    public static IEnumerable<string> SecretValues(RenderSettings settings) =>
        settings.Helm.Set.Concat(settings.Helm.SetString)
            .Select(pair => pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    private static List<string> NonEmpty(IEnumerable<string> values) => values.Where(v => v.Trim().Length > 0).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
