using HookSync.Core.Ports;

namespace HookSync.Cli.Commands;

/// <summary>How one PATH was read: its source type and the tool that rendered it, for the plan's header.</summary>
internal sealed record SourceSummary(string Path, SourceType Type, string Tool)
{
    public override string ToString() =>
        Type == SourceType.Directory ? $"{Path}: directory" : $"{Path}: {Type.ToString().ToLowerInvariant()} ({Tool})";
}
