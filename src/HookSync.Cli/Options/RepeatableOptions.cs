using HookSync.Cli.Commands;

namespace HookSync.Cli.Options;

/// <summary>
/// The options documented as repeatable (<c>--include a --include=b</c>). CommandLineParser keeps only the first value of a
/// sequence option given twice, and a sequence option without a limit swallows the PATHs that follow it; so these options
/// are taken out of the command line before parsing and put back into the parsed options afterwards.
/// </summary>
internal sealed class RepeatableOptions
{
    private static readonly Dictionary<string, string[]> NamesByVerb = new(StringComparer.Ordinal)
    {
        ["plan"] = ["include", "exclude", "sync-option"],
        ["sync"] = ["include", "exclude", "sync-option", "simulate-fail", "simulate-fault", "simulate-deny"],
        ["diff"] = ["include", "exclude", "sync-option"],
    };

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private RepeatableOptions()
    {
    }

    /// <summary>Splits the repeatable options of the verb in <c>args[0]</c> from the rest of the command line.</summary>
    /// <exception cref="UsageException">A repeatable option has no value.</exception>
    public static (string[] Remaining, RepeatableOptions Values) Extract(string[] args)
    {
        var found = new RepeatableOptions();
        if (args.Length == 0 || !NamesByVerb.TryGetValue(args[0], out var names))
        {
            return (args, found);
        }
        var rest = new List<string> { args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Everything after "--" is a PATH, even if it looks like an option.
                rest.AddRange(args[i..]);
                break;
            }
            var name = names.FirstOrDefault(n => arg == "--" + n || arg.StartsWith("--" + n + "=", StringComparison.Ordinal));
            if (name is null)
            {
                rest.Add(arg);
                continue;
            }
            string value;
            if (arg.Length > name.Length + 2)
            {
                value = arg[(name.Length + 3)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option --{name} needs a value, e.g. --{name}=VALUE; it may be given more than once.");
            }
            found.Add(name, value);
        }
        return ([.. rest], found);
    }

    /// <summary>The values given for <paramref name="name"/>, in command-line order (empty when none).</summary>
    public IReadOnlyList<string> this[string name] => _values.TryGetValue(name, out var values) ? values : [];

    /// <summary>Puts the values back into the parsed options of the verb.</summary>
    public void ApplyTo(object options)
    {
        if (options is SourceOptions source)
        {
            source.Include = this["include"];
            source.Exclude = this["exclude"];
            source.SyncOption = this["sync-option"];
        }
        if (options is SyncVerbOptions sync)
        {
            sync.SimulateFail = this["simulate-fail"];
            sync.SimulateFault = this["simulate-fault"];
            sync.SimulateDeny = this["simulate-deny"];
        }
    }

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            values = [];
            _values[name] = values;
        }
        values.Add(value);
    }
}
