using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Hooks;

/// <summary>
/// Reads Argo CD sync options: the comma-separated <c>argocd.argoproj.io/sync-options</c> annotation of an object and the
/// run's <c>--sync-option KEY=VALUE</c> values. Argo CD ignores what it does not know without a word; HookSync warns (D-6).
/// </summary>
public static class SyncOptionParser
{
    /// <summary>The object's own options; unknown names or values are warnings at the object's file and line.</summary>
    public static SyncOptionSet ParseAnnotation(KubeObject obj, SourceLocation source, ICollection<Diagnostic> diagnostics)
    {
        if (!obj.Annotations.TryGetValue(AnnotationKeys.SyncOptions, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return SyncOptionSet.Empty;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var problem = Check(raw, SyncOptionNames.Scope.Object, out var name, out var value);
            if (problem is not null)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownSyncOption,
                    $"{obj}: {AnnotationKeys.SyncOptions} '{DisplayText.Visible(raw)}' is ignored: {problem}", source));
                continue;
            }
            if (SyncOptionNames.WithoutEffect.TryGetValue(name, out var why))
            {
                diagnostics.Add(Diagnostic.Notice(DiagnosticCodes.SyncOptionWithoutEffect,
                    $"{obj}: sync option {name}={value} has no effect in HookSync: {why}.", source));
            }
            else if (name == SyncOptionNames.ServerSideApply && value == "false")
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ClientSideApplyRefused,
                    $"{obj}: ServerSideApply=false is not supported; HookSync applies every object server-side (D-9). " +
                    "Remove the option; conflicts with other field managers are taken over unless --no-force-conflicts.", source));
            }
            values[name] = value;
        }
        return new SyncOptionSet(values);
    }

    /// <summary>The run's options from <c>--sync-option</c>; a wrong one is an error message naming the fix.</summary>
    public static SyncOptionSet ParseRun(IEnumerable<string> options, ICollection<string> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in options.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var problem = Check(raw, SyncOptionNames.Scope.Run, out var name, out var value);
            if (problem is not null)
            {
                errors.Add($"--sync-option '{DisplayText.Visible(raw)}': {problem}");
                continue;
            }
            if (name == SyncOptionNames.ServerSideApply && value == "false")
            {
                errors.Add("--sync-option ServerSideApply=false: HookSync applies every object server-side (D-9); client-side apply is not supported.");
                continue;
            }
            values[name] = value;
        }
        return new SyncOptionSet(values);
    }

    private static string? Check(string raw, SyncOptionNames.Scope scope, out string name, out string value)
    {
        var equals = raw.IndexOf('=');
        name = equals < 0 ? raw : raw[..equals];
        value = equals < 0 ? string.Empty : raw[(equals + 1)..];
        if (equals < 0)
        {
            return $"options are NAME=VALUE (e.g. Replace=true).";
        }
        if (!SyncOptionNames.Known.TryGetValue(name, out var known))
        {
            var n = name;
            var hint = SyncOptionNames.Known.Keys.FirstOrDefault(k => string.Equals(k, n, StringComparison.OrdinalIgnoreCase));
            return hint is not null
                ? $"unknown option '{DisplayText.Visible(name)}'; names are case-sensitive: did you mean {hint}?"
                : $"unknown option '{DisplayText.Visible(name)}' (known: {string.Join(", ", SyncOptionNames.Known.Where(k => k.Value.Scope.HasFlag(scope)).Select(k => k.Key))}).";
        }
        if (!known.Values.Contains(value, StringComparer.Ordinal))
        {
            return $"{name} takes {string.Join(" or ", known.Values)}, not '{DisplayText.Visible(value)}' (values are case-sensitive).";
        }
        if (!known.Scope.HasFlag(scope))
        {
            return scope == SyncOptionNames.Scope.Object
                ? $"{name} applies to the whole run; give it as --sync-option {name}={value}."
                : name == SyncOptionNames.Prune
                    ? "Prune is an object option; use --prune to prune, and the annotation Prune=false or Prune=confirm on objects."
                    : $"{name} is an object option; set it in the object's {AnnotationKeys.SyncOptions} annotation.";
        }
        return null;
    }
}
