using CommandLine;
using CommandLine.Text;
using HookSync.Cli.Commands;
using HookSync.Cli.Options;
using HookSync.Core.Ports;

namespace HookSync.Cli;

/// <summary>Parses the command line, runs the verb and returns the exit code (README Exit codes). Holds no logic beyond that.</summary>
internal sealed class HookSyncApp(HookSyncDependencies deps)
{
    public async Task<int> RunAsync(string[] args, ShutdownSignal signal)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.AllowMultiInstance = true;
            settings.CaseInsensitiveEnumValues = true;
            settings.AutoVersion = false;
        });
        try
        {
            // What every CLI answers: --version and -v, as well as the version verb.
            if (args is ["--version"] or ["-v"])
            {
                return await PrintVersionAsync();
            }
            if (args.Length > 0 && args[0] == ActionArguments.Verb)
            {
                args = ActionArguments.Translate(args[1..]);
            }
            var (rest, repeated) = RepeatableOptions.Extract(args);
            var parsed = parser.ParseArguments<PlanOptions, SyncVerbOptions, DiffOptions, CommentOptions, VersionOptions>(rest);
            parsed.WithParsed(repeated.ApplyTo);
            return await parsed.MapResult(
                (PlanOptions o) => PlanCommand.RunAsync(o, deps, signal.Token),
                (SyncVerbOptions o) => SyncCommand.RunAsync(o, deps, signal),
                (DiffOptions o) => DiffCommand.RunAsync(o, deps, signal),
                (CommentOptions o) => CommentCommand.RunAsync(o, deps, signal.Token),
                (VersionOptions _) => PrintVersionAsync(),
                errors => PrintHelpAsync(parsed, errors));
        }
        catch (UsageException e)
        {
            await deps.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodeMap.UsageError;
        }
        catch (WorkspaceException e)
        {
            await deps.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodeMap.EnvironmentError;
        }
    }

    private async Task<int> PrintVersionAsync()
    {
        await deps.Out.WriteLineAsync($"hooksync {AppVersion.Text}");
        return ExitCodeMap.Succeeded;
    }

    private async Task<int> PrintHelpAsync(ParserResult<object> parsed, IEnumerable<Error> errors)
    {
        var list = errors.ToList();
        var isHelp = list.All(e => e is HelpRequestedError or HelpVerbRequestedError or VersionRequestedError);
        if (list.Any(e => e is VersionRequestedError))
        {
            return await PrintVersionAsync();
        }
        if (!isHelp && await ShortAnswerAsync(parsed, list))
        {
            return ExitCodeMap.UsageError;
        }
        var help = HelpText.AutoBuild(parsed, h =>
        {
            h.Heading = $"hooksync {AppVersion.Text}";
            h.Copyright = "Argo CD hook semantics for CI pipelines. Docs: README.md, docs/sync-semantics.md";
            h.AddDashesToOption = true;
            h.AdditionalNewLineAfterOption = false;
            h.MaximumDisplayWidth = 110;
            // The custom `version` verb replaces the parser's built-in one; do not list both.
            h.AutoVersion = false;
            if (parsed.TypeInfo.Current == typeof(NullInstance))
            {
                h.AddPostOptionsLines(ExampleStyle.IndexExamples);
            }
            return HelpText.DefaultParsingErrorsHandler(parsed, h);
        }, e => e, verbsIndex: true);
        await (isHelp ? deps.Out : deps.Error).WriteLineAsync(help.ToString());
        return isHelp ? ExitCodeMap.Succeeded : ExitCodeMap.UsageError;
    }

    // A typo deserves a line and a suggestion, not thirty lines of help.
    private async Task<bool> ShortAnswerAsync(ParserResult<object> parsed, IReadOnlyList<Error> errors)
    {
        string? typed;
        string? closest;
        string verb;
        switch (errors.FirstOrDefault(e => e is UnknownOptionError or BadVerbSelectedError))
        {
            case UnknownOptionError unknown:
                verb = parsed.TypeInfo.Current == typeof(PlanOptions) ? "plan"
                    : parsed.TypeInfo.Current == typeof(SyncVerbOptions) ? "sync"
                    : parsed.TypeInfo.Current == typeof(DiffOptions) ? "diff"
                    : parsed.TypeInfo.Current == typeof(CommentOptions) ? "comment" : "version";
                typed = "--" + unknown.Token;
                closest = Suggestion.Closest(typed, verb switch
                {
                    "plan" => OptionNames.Of(typeof(PlanOptions)),
                    "sync" => OptionNames.Of(typeof(SyncVerbOptions)),
                    "diff" => OptionNames.Of(typeof(DiffOptions)),
                    "comment" => OptionNames.Of(typeof(CommentOptions)),
                    _ => OptionNames.Of(typeof(VersionOptions)),
                });
                await deps.Error.WriteLineAsync($"error: {verb} has no option '{typed}'" + (closest is null ? "." : $"; did you mean '{closest}'?"));
                await deps.Error.WriteLineAsync($"Run 'hooksync {verb} --help' for every option, with examples.");
                return true;
            case BadVerbSelectedError bad:
                typed = bad.Token;
                closest = Suggestion.Closest(typed, OptionNames.Verbs);
                await deps.Error.WriteLineAsync($"error: '{typed}' is not a hooksync verb" + (closest is null ? "." : $"; did you mean '{closest}'?"));
                await deps.Error.WriteLineAsync("Verbs: plan, sync, diff, comment, version. Run 'hooksync --help' for examples.");
                return true;
            default:
                return false;
        }
    }
}
