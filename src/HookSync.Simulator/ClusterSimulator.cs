using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Controllers;
using HookSync.Simulator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HookSync.Simulator;

/// <summary>A Kubernetes API server on a loopback port, with controllers, driven over real HTTP by any Kubernetes client.</summary>
public sealed class ClusterSimulator : IAsyncDisposable
{
    private static readonly string[] InitialNamespaces = ["default", "kube-node-lease", "kube-public", "kube-system"];
    private readonly WebApplication _app;
    private readonly SimulatorContext _context;
    private int _disposed;
    private X509Certificate2? _certificate;

    private ClusterSimulator(WebApplication app, SimulatorContext context, Uri baseUri, string? authorityData)
    {
        _app = app;
        _context = context;
        BaseUri = baseUri;
        Script = new SimulatorScript(context);
        KubeconfigYaml = Kubeconfig.Render(baseUri, context.Options.Token, authorityData);
    }

    /// <summary>The server's address, <c>http://127.0.0.1:&lt;port&gt;/</c> (<c>https</c> with <see cref="SimulatorOptions.Tls"/>).</summary>
    public Uri BaseUri { get; }

    /// <summary>A kubeconfig for this server: cluster, user and context "simulator", namespace "default".</summary>
    public string KubeconfigYaml { get; }

    /// <summary>A snapshot of the request log, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _context.Requests.Snapshot();

    /// <summary>The most requests matching <paramref name="filter"/> served at the same time (server-side concurrency).</summary>
    public int MaxInFlight(Func<RecordedRequest, bool> filter) => _context.Requests.MaxInFlight(filter);

    /// <summary>The scripting API tests use to steer controllers and inspect or change the cluster.</summary>
    public SimulatorScript Script { get; }

    public static async Task<ClusterSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new SimulatorContext(options);
        var collector = new GarbageCollector(context);
        _ = new ControllerManager(context, collector);
        SeedNamespaces(context);
        if (options.StatePath is { } statePath)
        {
            StateFile.Load(context, statePath);
        }
        var handler = new ApiRequestHandler(context, collector);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Kept until the simulator stops: every TLS handshake uses it.
        var certificate = options.Tls ? ServingCertificate.Create(options.Time) : null;
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port, listen =>
        {
            if (certificate is not null)
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        var scheme = certificate is null ? "http" : "https";
        return new ClusterSimulator(app, context, new Uri($"{scheme}://127.0.0.1:{port.Invariant()}/"),
            certificate is null ? null : ServingCertificate.AuthorityData(certificate)) { _certificate = certificate };
    }

    /// <summary>Runs a simulator until cancelled, with its kubeconfig written to <paramref name="kubeconfigPath"/> (for humans and kubectl).</summary>
    public static async Task RunAsync(SimulatorOptions options, string kubeconfigPath, CancellationToken cancellationToken)
    {
        var simulator = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        await using (simulator.ConfigureAwait(false))
        {
            await File.WriteAllTextAsync(kubeconfigPath, simulator.KubeconfigYaml, cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, options.Time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Cancellation is how a standalone simulator is asked to stop.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        if (_context.Options.StatePath is { } statePath && !_context.Options.ReadOnlyState)
        {
            StateFile.Save(_context, statePath);
        }
        _context.Shutdown();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _context.Dispose();
        _certificate?.Dispose();
    }

    private static void SeedNamespaces(SimulatorContext context)
    {
        var type = context.Catalog.ForKey(new ObjectKey("", "namespaces", "", ""));
        context.Store.Transact(tx =>
        {
            foreach (var name in InitialNamespaces)
            {
                var ns = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } };
                ObjectDefaults.OnCreate(type, ns, tx.Identity);
                tx.Put(new ObjectKey("", "namespaces", "", name), ns, ObjectStore.NoOwners);
            }
        });
    }
}
