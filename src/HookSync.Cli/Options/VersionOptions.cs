using CommandLine;

namespace HookSync.Cli.Options;

/// <summary>The <c>version</c> verb.</summary>
[Verb("version", HelpText = "Print the version of hooksync.")]
internal sealed class VersionOptions;
