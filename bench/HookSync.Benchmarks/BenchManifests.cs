using System.Globalization;
using System.Text;

namespace HookSync.Benchmarks;

/// <summary>
/// <c>manifests DIR OBJECTS WAVES HOOKS(0|1)</c>: writes DIR/app.yaml for bench/side-by-side.sh: OBJECTS ConfigMaps,
/// Services and Deployments in turn, spread evenly over WAVES sync waves, and with HOOKS=1 a PreSync and a PostSync Job.
/// </summary>
internal static class BenchManifests
{
    public static int Write(string[] args)
    {
        var directory = args[0];
        var objects = int.Parse(args[1], CultureInfo.InvariantCulture);
        var waves = int.Parse(args[2], CultureInfo.InvariantCulture);
        var hooks = args[3] == "1";
        Directory.CreateDirectory(directory);
        var yaml = new StringBuilder();
        for (var i = 0; i < objects; i++)
        {
            var wave = (long)i * waves / objects;
            var name = $"o-{i:00000}";
            var annotations = $"  annotations:\n    argocd.argoproj.io/sync-wave: \"{wave}\"\n";
            yaml.Append("---\n").Append((i % 3) switch
            {
                0 => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n{annotations}data:\n  key: value-{i}\n",
                1 => $"apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\n{annotations}spec:\n  selector:\n    app: {name}\n  ports:\n    - port: 80\n",
                _ => $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n{annotations}spec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: {name}\n"
                    + $"  template:\n    metadata:\n      labels:\n        app: {name}\n    spec:\n      containers:\n        - name: main\n          image: nginx\n",
            });
        }
        if (hooks)
        {
            foreach (var phase in new[] { "PreSync", "PostSync" })
            {
                yaml.Append("---\n").Append(
                    $"apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hook-{phase.ToLowerInvariant()}\n  annotations:\n    argocd.argoproj.io/hook: {phase}\n"
                    + "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: main\n          image: busybox\n");
            }
        }
        File.WriteAllText(Path.Combine(directory, "app.yaml"), yaml.ToString());
        return 0;
    }
}
