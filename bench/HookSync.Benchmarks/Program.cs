using BenchmarkDotNet.Running;

namespace HookSync.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks named on the command line, the sync runner with <c>sync [iterations]</c>, a standalone simulator with <c>serve</c>, bench manifests with <c>manifests</c>, or writes the hostile-input corpus with <c>hostile-corpus DIR</c> (see docs/benchmarks.md).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "sync")
        {
            var iterations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
            return await SyncBenchmarkRunner.RunAsync(iterations);
        }
        if (args.Length > 1 && args[0] == "serve")
        {
            return await SimulatorServer.RunAsync(args[1..]);
        }
        if (args.Length > 4 && args[0] == "manifests")
        {
            return BenchManifests.Write(args[1..]);
        }
        if (args.Length > 1 && args[0] == "hostile-corpus")
        {
            return HostileCorpusWriter.Write(args[1]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
