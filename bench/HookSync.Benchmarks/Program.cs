using BenchmarkDotNet.Running;

namespace HookSync.Benchmarks;

/// <summary>Runs the benchmarks named on the command line (see docs/benchmarks.md).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
