using BenchmarkDotNet.Attributes;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Manifests;

namespace HookSync.Benchmarks;

/// <summary>Parse (ManifestLoader.Load) and plan (SyncPlanner.Plan) of the Argo CD install bundle and of a 10× set.</summary>
[MemoryDiagnoser]
public class ParsePlanBenchmarks
{
    private static readonly DateTimeOffset StartedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ManifestLoader _loader = new();
    private string? _tenCopies;
    private ManifestQuery _query = null!;
    private PlanContext _context = null!;
    private IReadOnlyList<ManifestDocument> _documents = [];

    /// <summary><c>bundle</c>: the 1.9 MB file once; <c>10x</c>: ten renamed copies of it in ten files.</summary>
    [Params("bundle", "10x")]
    public string Set { get; set; } = "bundle";

    [GlobalSetup]
    public void Setup()
    {
        string workspace;
        IReadOnlyList<string> paths;
        if (Set == "10x")
        {
            _tenCopies = BenchmarkFixtures.WriteCopies(10);
            workspace = _tenCopies;
            paths = ["."];
        }
        else
        {
            workspace = BenchmarkFixtures.BundleDirectory;
            paths = [BenchmarkFixtures.BundleFileName];
        }
        _query = new ManifestQuery(workspace, paths, Recursive: false, Include: [], Exclude: []);
        _context = new PlanContext("0123456789abcdef", StartedAt, "argocd", BuiltInScopes.Instance);
        _documents = Check(_loader.Load(_query)).Documents;
        var plan = SyncPlanner.Plan(_documents, _context);
        if (plan.HasErrors || plan.Tasks.Count != _documents.Count)
        {
            throw new InvalidOperationException($"The {Set} set does not plan cleanly: {plan.Tasks.Count} tasks for {_documents.Count} objects, {plan.Diagnostics.Count} diagnostics.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_tenCopies is not null)
        {
            Directory.Delete(_tenCopies, recursive: true);
        }
    }

    [Benchmark]
    public ManifestSet Parse() => _loader.Load(_query);

    [Benchmark]
    public SyncPlan Plan() => SyncPlanner.Plan(_documents, _context);

    [Benchmark]
    public SyncPlan ParseAndPlan() => SyncPlanner.Plan(_loader.Load(_query).Documents, _context);

    private ManifestSet Check(ManifestSet set)
    {
        var single = _loader.Load(new ManifestQuery(BenchmarkFixtures.BundleDirectory, [BenchmarkFixtures.BundleFileName], false, [], [])).Documents.Count;
        var expected = Set == "10x" ? 10 * single : single;
        if (set.Documents.Count != expected || set.Diagnostics.Count != 0)
        {
            throw new InvalidOperationException($"The {Set} set parsed into {set.Documents.Count} objects (expected {expected}) with {set.Diagnostics.Count} diagnostics.");
        }
        return set;
    }
}
