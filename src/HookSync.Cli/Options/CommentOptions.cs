using CommandLine;
using CommandLine.Text;

namespace HookSync.Cli.Options;

/// <summary>The <c>comment</c> verb: plan, then post the plan (and a diff) as one sticky comment on the pull or merge request.</summary>
[Verb("comment", HelpText = "Plan, and post the plan, a diff and the verdict as one comment on the pull/merge request, updated in place. Never fails the job for the comment.")]
internal sealed class CommentOptions : SourceOptions
{
    [Option("app", HelpText = "Application name; one comment per app (default: the repository name).")]
    public string? App { get; set; }

    [Option("diff-file", HelpText = "A text file whose content is shown as the diff in the comment (e.g. the output of 'hooksync diff').")]
    public string? DiffFile { get; set; }

    [Option("print", HelpText = "Print the comment's Markdown instead of posting it.")]
    public bool Print { get; set; }

    [Usage(ApplicationAlias = "hooksync")]
    public static IEnumerable<Example> Examples =>
    [
        new("Comment the plan of deploy/ on the pull request", ExampleStyle.Settings, new CommentOptions { Paths = ["deploy/"] }),
        new("Comment the plan and a diff made by an earlier step", ExampleStyle.Settings, new CommentOptions { Paths = ["deploy/"], DiffFile = "diff.txt" }),
        new("Preview the comment locally", ExampleStyle.Settings, new CommentOptions { Paths = ["deploy/"], Print = true }),
    ];
}
