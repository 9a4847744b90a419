namespace HookSync.Cli.Commands;

/// <summary>
/// Translates the hidden <c>action</c> verb's <c>--name=value</c> inputs (from action.yml and the GitLab template) into an
/// ordinary command line. An empty value means "not set", so action.yml can pass every input with a default and no
/// argument is ever an empty string for the parser (the runner passes unset inputs as empty strings); values may contain spaces.
/// </summary>
internal static class ActionArguments
{
    public const string Verb = "action";

    private static readonly HashSet<string> Booleans = ["recursive", "wait", "lock", "inventory", "dry-run", "strict", "simulate", "include-crds", "prune", "prune-confirm", "skip-preflight"];
    private static readonly HashSet<string> Lists = ["paths", "include", "exclude", "helm-values", "helm-api-versions", "simulate-fail", "sync-option"];

    // One item per line: a --set value or a build option may hold spaces.
    private static readonly HashSet<string> LineLists = ["helm-set", "helm-set-string", "helm-set-file", "simulate-fault"];
    private static readonly HashSet<string> Values = ["command", "namespace", "server", "context", "timeout", "hook-timeout", "app", "repo", "ref", "concurrency", "ci", "lock-timeout",
        "source-type", "kustomize-build-options", "helm-release-name", "helm-kube-version", "render-command", "render-timeout",
        "kubeconfig-path", "syncfail-timeout", "wave-delay", "force-conflicts", "lock-namespace", "simulate-latency", "format", "revision", "workspace",
        "report", "kustomize-binary", "helm-binary", "inventory-namespace", "artifacts-dir", "stuck-after", "dry-run-concurrency"];

    // An input whose name is not the option's: `kubeconfig` is the secret content (HOOKSYNC_KUBECONFIG), so the path has its own name.
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal) { ["kubeconfig-path"] = "kubeconfig" };

    // action.yml passes every input; these mean nothing to `plan`, so they are dropped for it.
    private static readonly HashSet<string> SyncOnly = ["server", "context", "timeout", "hook-timeout", "wait", "dry-run", "app", "simulate", "concurrency", "lock", "lock-timeout",
        "kubeconfig-path", "syncfail-timeout", "wave-delay", "force-conflicts", "lock-namespace", "simulate-fail", "simulate-fault", "simulate-latency",
        "prune", "prune-confirm", "inventory", "inventory-namespace", "skip-preflight", "artifacts-dir", "stuck-after", "dry-run-concurrency"];

    // ... and this one means nothing to `sync`.
    private static readonly HashSet<string> PlanOnly = ["format"];

    public static string[] Translate(IReadOnlyList<string> args)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var extra = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                extra.AddRange(args.Skip(i + 1).Where(a => a.Length > 0));
                break;
            }
            var (name, value) = Split(args[i]);
            if (!inputs.TryAdd(name, value))
            {
                throw new UsageException($"action input '{name}' is given twice.");
            }
        }

        var command = inputs.GetValueOrDefault("command", "").Trim() is { Length: > 0 } c ? c : "sync";
        if (command is not ("sync" or "plan"))
        {
            throw new UsageException($"action input 'command' must be sync or plan, not '{command}'.");
        }
        var result = new List<string> { command };
        result.AddRange(Words(inputs.GetValueOrDefault("paths")));
        foreach (var (name, value) in inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name is "command" or "paths" || (command == "plan" && SyncOnly.Contains(name)) || (command == "sync" && PlanOnly.Contains(name)))
            {
                continue;
            }
            var option = OptionOf.GetValueOrDefault(name, name);
            if (Booleans.Contains(name))
            {
                var flag = ParseBool(name, value);
                // wait, lock and inventory are on by default: only their "false" becomes a flag.
                if (name is "wait" or "lock" or "inventory" && flag == false)
                {
                    result.Add("--no-" + name);
                }
                else if (flag == true && name is not ("wait" or "lock" or "inventory"))
                {
                    result.Add("--" + name);
                }
            }
            else if (Lists.Contains(name))
            {
                foreach (var word in Words(value))
                {
                    result.Add("--" + option);
                    result.Add(word);
                }
            }
            else if (LineLists.Contains(name))
            {
                foreach (var line in value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                {
                    result.Add("--" + option);
                    result.Add(line);
                }
            }
            else if (value.Trim().StartsWith('-'))
            {
                // "--kustomize-build-options --enable-helm" would read the value as another option; one word keeps it a value.
                result.Add($"--{option}={value.Trim()}");
            }
            else if (value.Trim().Length > 0)
            {
                result.Add("--" + option);
                result.Add(value.Trim());
            }
        }
        result.AddRange(extra);
        return [.. result];
    }

    private static (string Name, string Value) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        var name = arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 ? arg[2..eq] : null;
        if (name is null || !(Booleans.Contains(name) || Lists.Contains(name) || LineLists.Contains(name) || Values.Contains(name)))
        {
            throw new UsageException($"action takes --name=value inputs ({string.Join(", ", Booleans.Concat(Lists).Concat(LineLists).Concat(Values).Order())}); '{arg}' is not one.");
        }
        return (name, arg[(eq + 1)..]);
    }

    // The toolkit's getBooleanInput accepts exactly these spellings; anything else is an error, not "false".
    private static bool? ParseBool(string name, string value) => value.Trim() switch
    {
        "" => null,
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => throw new UsageException($"action input '{name}' must be true or false, not '{value}'."),
    };

    private static IEnumerable<string> Words(string? value) =>
        (value ?? "").Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
