using HookSync.Testing;
using HookSync.Testing.Hostile;

namespace HookSync.Benchmarks;

/// <summary>Writes every hostile-input case into its own directory, for bench/hostile-input.sh to time and measure.</summary>
public static class HostileCorpusWriter
{
    public static int Write(string directory)
    {
        foreach (var hostile in HostileCorpus.Cases)
        {
            // The workspace object is not disposed: the files are the point.
            var workspace = new TempWorkspace(Path.Combine(directory, hostile.Name));
            hostile.Setup(workspace);
        }
        Console.WriteLine($"{HostileCorpus.Cases.Count} cases in {directory}");
        return 0;
    }
}
