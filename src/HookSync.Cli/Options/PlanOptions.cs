using CommandLine;
using CommandLine.Text;

namespace HookSync.Cli.Options;

/// <summary>The <c>plan</c> verb: validate, order and print what a sync would do, without a cluster.</summary>
[Verb("plan", HelpText = "Validate the manifests and print the ordered plan (phases, waves, hooks). No cluster needed.")]
internal sealed class PlanOptions : SourceOptions
{
    [Option("format", Default = "text", HelpText = "Output format: text or json (the report shape without run fields).")]
    public string Format { get; set; } = "text";

    [Usage(ApplicationAlias = "hooksync")]
    public static IEnumerable<Example> Examples =>
    [
        new("Plan a directory of manifests", ExampleStyle.Settings, new PlanOptions { Paths = ["deploy/"] }),
        new("Plan recursively, skipping test data, as JSON", ExampleStyle.Settings, new PlanOptions { Paths = ["k8s/"], Recursive = true, Exclude = ["**/testdata/**"], Format = "json" }),
        new("Fail on any warning (for a pull-request check)", ExampleStyle.Settings, new PlanOptions { Paths = ["deploy/"], Strict = true }),
    ];
}
