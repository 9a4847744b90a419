namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>One <c>FROM</c> stage of a Dockerfile: its base image, optional name and instructions.</summary>
internal sealed record DockerStage(string BaseImage, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IReadOnlyList<DockerInstruction> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).ToList();
}
