namespace HookSync.Simulator;

/// <summary>How a <see cref="ClusterSimulator"/> behaves: clock, latency, work duration, failing objects, token and port.</summary>
public sealed record SimulatorOptions
{
    /// <summary>The clock for controllers, latency and timestamps (a FakeTimeProvider in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Added before every request is handled (<c>--simulate-latency</c>); watch events are not delayed.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>How long simulated work (a Job's pod, a rollout, a CRD becoming Established) takes per object.</summary>
    public TimeSpan WorkDuration { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Objects that fail (<c>--simulate-fail</c>), as <c>KIND/NAME</c>; NAME matches metadata.name or a generateName prefix.</summary>
    public IReadOnlyList<string> FailTargets { get; init; } = [];

    /// <summary>The bearer token every request must carry; null accepts anonymous requests.</summary>
    public string? Token { get; init; } = "simulator-token";

    /// <summary>The user name the simulated credentials authenticate as (SelfSubjectReview, Forbidden messages).</summary>
    public string Identity { get; init; } = "system:serviceaccount:default:hooksync";

    /// <summary>
    /// Rights the identity lacks (<c>--simulate-deny</c>): SelfSubjectAccessReviews answer "not allowed" and real requests get
    /// the apiserver's 403 Forbidden. Everything else is allowed.
    /// </summary>
    public IReadOnlyList<AccessDenial> Denied { get; init; } = [];

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Serve HTTPS with a self-signed certificate made at start (in the kubeconfig as the cluster's CA), offering HTTP/2 and
    /// HTTP/1.1 by ALPN as a real API server does; otherwise plain HTTP/1.1.
    /// </summary>
    public bool Tls { get; init; }

    /// <summary>
    /// A file the cluster's objects are loaded from at start (when it exists) and saved to when the simulator stops, so
    /// successive processes see one cluster (<c>--simulate-state</c>).
    /// </summary>
    public string? StatePath { get; init; }

    /// <summary>Load <see cref="StatePath"/> but never save it (a run that must change nothing, such as <c>diff</c>).</summary>
    public bool ReadOnlyState { get; init; }
}
