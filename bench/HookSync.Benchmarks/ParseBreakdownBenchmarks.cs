using BenchmarkDotNet.Attributes;
using HookSync.Core.Ports;
using HookSync.Manifests;
using YamlDotNet.Core;

namespace HookSync.Benchmarks;

/// <summary>Where the bundle's parse time goes: reading the file, YamlDotNet's event stream alone, and the whole ManifestLoader.Load.</summary>
[MemoryDiagnoser]
public class ParseBreakdownBenchmarks
{
    private readonly ManifestLoader _loader = new();
    private string _path = string.Empty;
    private string _text = string.Empty;
    private ManifestQuery _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(BenchmarkFixtures.BundleDirectory, BenchmarkFixtures.BundleFileName);
        _text = File.ReadAllText(_path);
        _query = new ManifestQuery(BenchmarkFixtures.BundleDirectory, [BenchmarkFixtures.BundleFileName], false, [], []);
    }

    [Benchmark]
    public string ReadText() => File.ReadAllText(_path);

    /// <summary>The floor: YamlDotNet scanning and parsing the text, building nothing.</summary>
    [Benchmark]
    public int YamlEventsOnly()
    {
        var parser = new Parser(new StringReader(_text));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }
        return events;
    }

    [Benchmark(Baseline = true)]
    public ManifestSet Load() => _loader.Load(_query);
}
