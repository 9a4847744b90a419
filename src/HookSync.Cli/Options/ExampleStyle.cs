using CommandLine;

namespace HookSync.Cli.Options;

/// <summary>How usage examples are rendered in help: only the options an example sets, not every default.</summary>
internal static class ExampleStyle
{
    /// <summary>Skips options left at their default, so an example reads as a user would type it.</summary>
    public static UnParserSettings Settings => new() { SkipDefault = true };

    /// <summary>Examples for the verb index (<c>hooksync --help</c>), which shows no verb's own examples.</summary>
    public static IReadOnlyList<string> IndexExamples { get; } =
    [
        "EXAMPLES:",
        "  hooksync plan deploy/",
        "  hooksync sync --simulate examples/webapp",
        "  hooksync diff --simulate examples/webapp",
        "  hooksync sync --simulate --simulate-fail Job/webapp-migrate- examples/webapp",
        "  hooksync sync --timeout 15m deploy/          (credentials from HOOKSYNC_KUBECONFIG)",
        "  hooksync comment deploy/                     (the plan as one comment on the pull/merge request)",
        "Run 'hooksync <verb> --help' for a verb's options and examples.",
    ];
}
