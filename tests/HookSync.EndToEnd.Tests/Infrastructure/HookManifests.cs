namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>Small manifests for the timeout, cancellation and leak tests.</summary>
public static class HookManifests
{
    /// <summary>A PreSync Job the simulator never completes (<c>spec.suspend: true</c>), with optional extra annotation lines.</summary>
    public static string SuspendedPreSyncJob(string name, string extraAnnotation = "") => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {name}
          annotations:
            argocd.argoproj.io/hook: PreSync
            {extraAnnotation}
        spec:
          suspend: true
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: busybox
        """;

    /// <summary>A SyncFail Job that completes.</summary>
    public static string SyncFailJob(string name) => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {name}
          annotations:
            argocd.argoproj.io/hook: SyncFail
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: busybox
        """;

    /// <summary>A PostSync Job that completes (as the simulator is scripted for its name).</summary>
    public static string PostSyncJob(string name) => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {name}
          annotations:
            argocd.argoproj.io/hook: PostSync
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: main
                  image: busybox
        """;
}
