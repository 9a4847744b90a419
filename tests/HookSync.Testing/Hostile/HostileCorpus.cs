using System.Diagnostics;
using System.Text;

namespace HookSync.Testing.Hostile;

/// <summary>
/// Inputs an attacker or an unlucky repository can hand HookSync: workflow-command and terminal-escape injection in every
/// string that reaches a log, names that try to leave their URL path segment, YAML that tries to exhaust memory or CPU,
/// and files that are not files. Each must end in a clean success or an error naming the file and line; none may
/// crash, hang, apply anything after an error, or start a CI command line.
/// </summary>
public static class HostileCorpus
{
    /// <summary>Text that every injected command carries; no output line may start a command that contains it.</summary>
    public const string Canary = "INJECTED";

    /// <summary>The injections placed in strings: GitHub commands (modern and legacy), GitLab section markers, ANSI.</summary>
    public static readonly string[] Injections =
    [
        $"\n::error::{Canary}",
        $"\r::warning title=x::{Canary}",
        $"\n  ::add-mask::{Canary}",
        $"\n##[error]{Canary}",
        $"\n::stop-commands::{Canary}",
        $"\u001b[0Ksection_start:1:{Canary}\r\u001b[0K",
        $"\u001b[31m{Canary}\u001b[0m",
        $"\u2028::error::{Canary}",
    ];

    /// <summary>The lines an injection would produce if it got through, as they would start after leading white space.</summary>
    public static readonly string[] ForbiddenLineStarts =
    [
        $"::error::{Canary}", $"::warning title=x::{Canary}", $"::add-mask::{Canary}", $"##[error]{Canary}", $"::stop-commands::{Canary}",
    ];

    /// <summary>Raw sequences that must never reach an output channel from input.</summary>
    public static readonly string[] ForbiddenFragments = [$"\u001b[0Ksection_start:1:{Canary}", $"\u001b[31m{Canary}"];

    public static IReadOnlyList<HostileCase> Cases { get; } = Build();

    public static IEnumerable<object[]> TheoryData() => Cases.Select(c => new object[] { c.Name });

    public static HostileCase Get(string name) => Cases.Single(c => c.Name == name);

    private static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        void Add(string name, Action<TempWorkspace> setup) => cases.Add(new HostileCase(name, setup));
        void Yaml(string name, string yaml) => Add(name, w => w.Write("deploy/app.yaml", yaml));

        // 1. Injection through every string that is printed: names, namespaces, kinds, annotations, file and directory names.
        for (var i = 0; i < Injections.Length; i++)
        {
            var evil = YamlString(Injections[i]);
            Yaml($"inject-name-{i}", ConfigMap(evil));
            Yaml($"inject-hook-name-{i}", HookJob(name: evil));
            Yaml($"inject-generate-name-{i}", HookJob(generateName: evil));
            Yaml($"inject-namespace-{i}", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  namespace: {evil}\n");
            Yaml($"inject-kind-{i}", $"apiVersion: v1\nkind: {evil}\nmetadata:\n  name: ok\n");
            Yaml($"inject-wave-{i}", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  annotations:\n    argocd.argoproj.io/sync-wave: {evil}\n");
            Yaml($"inject-hook-value-{i}", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  annotations:\n    argocd.argoproj.io/hook: {evil}\n");
        }
        var evilFile = "a" + Injections[0].Replace("\n", "\n", StringComparison.Ordinal) + ".yaml";
        Add("inject-file-name", w => w.Write("deploy/" + evilFile, ConfigMap("ok")));
        Add("inject-dir-name", w => w.Write("deploy/x\n::error::" + Canary + "/app.yaml", ConfigMap("ok")));
        Add("inject-file-name-ansi", w => w.Write("deploy/\u001b[31m" + Canary + ".yaml", ConfigMap("ok")));
        Yaml("inject-delete-policy", $"apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n    argocd.argoproj.io/hook-delete-policy: {YamlString(Injections[0])}\n{JobSpec}");
        Yaml("inject-hook-timeout", $"apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n    hooksync.dev/hook-timeout: {YamlString(Injections[0])}\n{JobSpec}");
        Yaml("inject-api-version", $"apiVersion: {YamlString("v1" + Injections[0])}\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        Yaml("inject-yaml-error-message", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  {YamlString(Injections[0])}: [1, 2\n");

        // 2. Names that try to leave their path segment or break DNS rules.
        foreach (var (id, name) in new[]
        {
            ("traversal", "../../../../../../api/v1/namespaces/default/configmaps/victim"),
            ("slash", "a/b"), ("dot", "."), ("dotdot", ".."), ("encoded-slash", "a%2Fb"), ("query", "a?dryRun=All"),
            ("fragment", "a#b"), ("space", "a b"), ("upper", "Victim"), ("unicode", "café"), ("empty-quoted", ""),
            ("long", new string('a', 300)), ("leading-dash", "-a"), ("nul", "a\0b"),
        })
        {
            Yaml($"name-{id}", ConfigMap(YamlString(name)));
        }
        Yaml("namespace-traversal", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  namespace: ../../../api/v1/namespaces/kube-system\n");
        Yaml("generate-name-traversal", HookJob(generateName: YamlString("../../x-")));
        Yaml("kind-traversal", "apiVersion: v1\nkind: ../secrets\nmetadata:\n  name: ok\n");
        Yaml("api-version-traversal", "apiVersion: ../../api/v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        Yaml("api-version-many-slashes", "apiVersion: a/b/c/v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");

        // 3. YAML built to exhaust memory or CPU, or to trip the parser.
        Yaml("alias-billion-laughs", BillionLaughs());
        Yaml("alias-100kb-x-20000", BigAliasFanOut());
        Add("nesting-flow-100000", w => w.Write("deploy/app.yaml", new string('[', 100_000)));
        Add("nesting-block-5000", w => w.Write("deploy/app.yaml", string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i) + "a:\n"))));
        Add("nesting-json-100000", w => w.Write("deploy/app.json", new string('[', 100_000) + new string(']', 100_000)));
        Yaml("unterminated-flow", "a: [1, 2\nb: c\n");
        Yaml("unterminated-quote", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"ok\n");
        Yaml("tab-indent", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: ok\n");
        Yaml("duplicate-keys", "apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata:\n  name: ok\n");
        Add("invalid-utf8", w => w.WriteBytes("deploy/app.yaml", [.. Encoding.UTF8.GetBytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "), 0xC3, 0x28, 0x0A]));
        Add("bom", w => w.WriteBytes("deploy/app.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ConfigMap("ok"))]));
        Add("utf16", w => w.WriteBytes("deploy/app.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ConfigMap("ok"))).ToArray()));
        Add("nul-bytes", w => w.WriteBytes("deploy/app.yaml", [.. Encoding.UTF8.GetBytes("apiVersion: v1\n"), 0, 0, 0]));
        Add("binary-garbage", w => w.WriteBytes("deploy/app.yaml", Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).ToArray()));
        Add("many-empty-documents", w => w.Write("deploy/app.yaml", string.Concat(Enumerable.Repeat("---\n", 200_000))));
        Add("many-objects-500", w => w.Write("deploy/app.yaml", string.Concat(Enumerable.Range(0, 500).Select(i => "---\n" + ConfigMap($"cm-{i}")))));
        Add("long-line-8mb", w => w.Write("deploy/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  k: " + new string('x', 8 * 1024 * 1024) + "\n"));
        Yaml("scalar-document", "just a string\n");
        Yaml("sequence-document", "- a\n- b\n");
        Yaml("python-tag", "!!python/object/apply:os.system [\"echo pwned\"]\n");
        Yaml("binary-tag", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  k: !!binary aGVsbG8=\n");
        Yaml("merge-key", "base: &b {apiVersion: v1, kind: ConfigMap}\n<<: *b\nmetadata: {name: ok}\n");
        Yaml("undefined-alias", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: *nothing\n");
        Yaml("anchor-across-documents", "a: &x 1\n---\nb: *x\n");
        Yaml("huge-number-wave", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  annotations:\n    argocd.argoproj.io/sync-wave: \"99999999999999999999999\"\n");
        Yaml("absurd-hook-timeout", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    argocd.argoproj.io/hook: PreSync\n    hooksync.dev/hook-timeout: 99999999999999h\n" + JobSpec);
        Yaml("list-with-hostile-items", "apiVersion: v1\nkind: List\nitems:\n- 1\n- null\n- {kind: ConfigMap}\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: ../x}}\n");
        Yaml("metadata-not-a-map", "apiVersion: v1\nkind: ConfigMap\nmetadata: [1, 2]\n");
        Yaml("annotations-not-strings", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  annotations:\n    argocd.argoproj.io/hook: [PreSync]\n");
        Add("json-invalid", w => w.Write("deploy/app.json", "{\"apiVersion\": \"v1\", \"kind\": "));
        Add("json-huge-number", w => w.Write("deploy/app.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"ok\"},\"data\":{\"k\":1e999999}}"));

        // 4. Files that are not regular files, or that lead outside the workspace.
        Add("fifo", w => MakeFifo(w.FullPath("deploy/f.yaml")));
        Add("symlink-dev-zero", w => Link(w, "deploy/z.yaml", "/dev/zero"));
        Add("symlink-dev-urandom", w => Link(w, "deploy/r.yaml", "/dev/urandom"));
        Add("symlink-outside", w =>
        {
            var outside = Path.Combine(Path.GetTempPath(), "hooksync-outside-" + Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(outside, ConfigMap("outside"));
            Link(w, "deploy/outside.yaml", outside);
        });
        Add("symlink-dir-outside", w => Link(w, "deploy/etc", "/etc"));
        Add("symlink-loop", w => { Link(w, "deploy/a.yaml", w.FullPath("deploy/b.yaml")); Link(w, "deploy/b.yaml", w.FullPath("deploy/a.yaml")); });
        Add("symlink-dangling", w => Link(w, "deploy/gone.yaml", w.FullPath("deploy/nothing-here.yaml")));
        Add("directory-named-yaml", w => w.CreateDirectory("deploy/dir.yaml"));
        Add("empty-file", w => w.Write("deploy/app.yaml", string.Empty));
        Add("comments-only", w => w.Write("deploy/app.yaml", "# nothing\n# here\n"));
        return cases;
    }

    private const string JobSpec = "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: main\n          image: busybox\n";

    private static string ConfigMap(string name) => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  k: v\n";

    private static string HookJob(string? name = null, string? generateName = null) =>
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n"
        + (name is null ? string.Empty : $"  name: {name}\n")
        + (generateName is null ? string.Empty : $"  generateName: {generateName}\n")
        + "  annotations:\n    argocd.argoproj.io/hook: PreSync\n" + JobSpec;

    /// <summary>A double-quoted YAML scalar holding <paramref name="value"/> exactly (escapes for every control character).</summary>
    private static string YamlString(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                '\u2028' => "\\L",
                < ' ' or '\u007f' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    private static string BillionLaughs()
    {
        var text = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }
        return text.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n").ToString();
    }

    private static string BigAliasFanOut()
    {
        var text = new StringBuilder($"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  annotations:\n    big: &big \"{new string('x', 100_000)}\"\ndata:\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append($"  k{i}: *big\n");
        }
        return text.ToString();
    }

    private static void Link(TempWorkspace workspace, string relative, string target)
    {
        var full = workspace.FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} exited {mkfifo.ExitCode}");
        }
    }
}
