using HookSync.Core.Diagnostics;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

public sealed class DiscoveryTests
{
    private static List<string> Files(HookSync.Core.Ports.ManifestSet set) => set.Documents.Select(d => d.Source.File).ToList();

    [Fact]
    public void Load_DirectoryWithoutRecursive_ReadsTopLevelOnlyAndNamesSkippedSubdirectories()
    {
        using var ws = new TempWorkspace();
        ws.Write("app/top.yaml", Manifests.ConfigMap("top"));
        ws.Write("app/overlays/prod.yaml", Manifests.ConfigMap("prod"));
        ws.Write("app/base/base.yaml", Manifests.ConfigMap("base"));
        ws.Write("app/.git/config.yaml", Manifests.ConfigMap("git"));

        var set = ws.Load("app");

        Assert.Equal(["app/top.yaml"], Files(set));
        var notice = Assert.Single(set.Diagnostics, d => d.Code == DiagnosticCodes.SubdirectoryNotSearched);
        Assert.Equal(DiagnosticSeverity.Notice, notice.Severity);
        Assert.Contains("\"app\" were not searched: base, overlays;", notice.Message, StringComparison.Ordinal);
        Assert.Contains("-R", notice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".git", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Recursive_ReadsNestedDirectoriesInOrdinalPathOrderAndSkipsHiddenOnes()
    {
        using var ws = new TempWorkspace();
        ws.Write("m/z.yaml", Manifests.ConfigMap("z"));
        ws.Write("m/b/inner.yaml", Manifests.ConfigMap("inner"));
        ws.Write("m/a/deep/deeper.yml", Manifests.ConfigMap("deeper"));
        ws.Write("m/B.yaml", Manifests.ConfigMap("upper"));
        ws.Write("m/.github/workflow.yaml", Manifests.ConfigMap("hidden-dir"));
        ws.Write("m/.hidden.yaml", Manifests.ConfigMap("hidden-file"));

        var set = ws.LoadRecursive("m");

        Assert.Equal(["m/B.yaml", "m/a/deep/deeper.yml", "m/b/inner.yaml", "m/z.yaml"], Files(set));
        Assert.DoesNotContain(set.Diagnostics, d => d.Code == DiagnosticCodes.SubdirectoryNotSearched);
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Load_NoPaths_ReadsTheWorkspaceRoot()
    {
        using var ws = new TempWorkspace();
        ws.Write("a.yaml", Manifests.ConfigMap("a"));
        ws.Write(".gitlab-ci.yml", "stages: [deploy]\n");

        var set = ws.Load();

        Assert.Equal(["a.yaml"], Files(set));
        Assert.Empty(set.Errors());
    }

    [Fact]
    public void Load_MixedExtensions_ReadsYamlYmlAndJsonOnly()
    {
        using var ws = new TempWorkspace();
        ws.Write("d/a.yaml", Manifests.ConfigMap("a"));
        ws.Write("d/b.yml", Manifests.ConfigMap("b"));
        ws.Write("d/c.json", """{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}""");
        ws.Write("d/d.txt", Manifests.ConfigMap("d"));
        ws.Write("d/README.md", "# notes\n");
        ws.Write("d/e.YAML", Manifests.ConfigMap("e"));

        var set = ws.Load("d");

        Assert.Equal(["d/a.yaml", "d/b.yml", "d/c.json", "d/e.YAML"], Files(set));
    }

    [Theory]
    [InlineData("kustomization.yaml", "renders it with kustomize")]
    [InlineData("kustomization.yml", "renders it with kustomize")]
    [InlineData("Kustomization", "renders it with kustomize")]
    [InlineData("Chart.yaml", "helm template")]
    [InlineData("values.yaml", "--helm-values")]
    [InlineData("values-prod.yml", "--helm-values")]
    public void Load_ToolInputFile_IsSkippedWithANoticeSayingWhy(string fileName, string advice)
    {
        using var ws = new TempWorkspace();
        ws.Write("d/app.yaml", Manifests.ConfigMap("app"));
        ws.Write("d/" + fileName, "resources:\n- app.yaml\n");

        var set = ws.Load("d");

        Assert.Equal(["d/app.yaml"], Files(set));
        var notice = Assert.Single(set.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotAManifest, notice.Code);
        Assert.Equal(DiagnosticSeverity.Notice, notice.Severity);
        Assert.Equal("d/" + fileName, notice.Source?.File);
        Assert.Contains(advice, notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IncludeGlobs_ReadOnlyMatchingFiles()
    {
        using var ws = new TempWorkspace();
        ws.Write("env/prod/app.yaml", Manifests.ConfigMap("prod"));
        ws.Write("env/dev/app.yaml", Manifests.ConfigMap("dev"));
        ws.Write("env/prod/db.json", """{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "db"}}""");

        var set = LoaderExtensions.Load(ws.Root, ["."], recursive: true, include: ["**/prod/*.yaml", "env/d?v/**"]);

        Assert.Equal(["env/dev/app.yaml", "env/prod/app.yaml"], Files(set));
    }

    [Fact]
    public void Load_ExcludeGlobs_SkipMatchingFilesAndDirectories()
    {
        using var ws = new TempWorkspace();
        ws.Write("k8s/app.yaml", Manifests.ConfigMap("app"));
        ws.Write("k8s/app.test.yaml", Manifests.ConfigMap("test"));
        ws.Write("k8s/legacy/old.yaml", Manifests.ConfigMap("old"));
        ws.Write("k8s/nested/legacy/older.yaml", Manifests.ConfigMap("older"));

        var set = LoaderExtensions.Load(ws.Root, ["k8s"], recursive: true, exclude: ["*.test.yaml", "legacy"]);

        Assert.Equal(["k8s/app.yaml"], Files(set));
    }

    [Fact]
    public void Load_ExplicitFile_IsReadEvenWhenExcluded()
    {
        using var ws = new TempWorkspace();
        ws.Write("one.yaml", Manifests.ConfigMap("one"));

        var set = LoaderExtensions.Load(ws.Root, ["one.yaml"], recursive: false, exclude: ["*.yaml"]);

        Assert.Equal(["one.yaml"], Files(set));
    }

    [Fact]
    public void Load_ExplicitFileWithOtherExtension_IsAnError()
    {
        using var ws = new TempWorkspace();
        ws.Write("notes.txt", Manifests.ConfigMap("notes"));

        var set = ws.Load("notes.txt");

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.NotAManifest, error.Code);
        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(".yaml, .yml and .json", error.Message, StringComparison.Ordinal);
        Assert.Empty(set.Documents);
    }

    [Fact]
    public void Load_MissingPath_IsPathNotFoundNamingIt()
    {
        using var ws = new TempWorkspace();
        ws.Write("real/a.yaml", Manifests.ConfigMap("a"));

        var set = ws.Load("real", "manifests/prod");

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.PathNotFound, error.Code);
        Assert.Contains("\"manifests/prod\"", error.Message, StringComparison.Ordinal);
        Assert.Single(set.Documents);
    }

    [Fact]
    public void Load_SameFileThroughTwoPaths_IsReadOnce()
    {
        using var ws = new TempWorkspace();
        ws.Write("d/a.yaml", Manifests.ConfigMap("a"));

        var set = ws.Load("d", "d/a.yaml", "./d");

        Assert.Equal(["d/a.yaml"], Files(set));
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Load_AbsolutePath_ReportsWorkspaceRelativeForwardSlashPath()
    {
        using var ws = new TempWorkspace();
        var full = ws.Write("deploy/app/a.yaml", Manifests.ConfigMap("a"));

        var set = ws.Load(full);

        Assert.Equal(["deploy/app/a.yaml"], Files(set));
    }

    [Fact]
    public void Load_FilesFromSeveralPaths_AreMergedInOrdinalOrder()
    {
        using var ws = new TempWorkspace();
        ws.Write("b/one.yaml", Manifests.ConfigMap("one"));
        ws.Write("a/two.yaml", Manifests.ConfigMap("two"));

        var set = ws.Load("b", "a");

        Assert.Equal(["a/two.yaml", "b/one.yaml"], Files(set));
    }

    [Fact]
    public void Load_DirectoryWithNoManifests_IsANoManifestsError()
    {
        using var ws = new TempWorkspace();
        ws.Write("d/kustomization.yaml", "resources: []\n");
        ws.Write("d/sub/a.yaml", Manifests.ConfigMap("a"));

        var set = ws.Load("d");

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.NoManifests, error.Code);
        Assert.Contains("-R", error.Message, StringComparison.Ordinal);
        Assert.Contains(set.Diagnostics, d => d.Code == DiagnosticCodes.NotAManifest);
    }

    [Fact]
    public void Load_ErrorsInSeveralFiles_AreAllReportedInFileOrder()
    {
        using var ws = new TempWorkspace();
        ws.Write("a.yaml", "kind: ConfigMap\nmetadata:\n  name: a\n");
        ws.Write("b.yaml", Manifests.ConfigMap("b"));
        ws.Write("c.yaml", "apiVersion: v1\nkind: [\n");

        var set = ws.Load();

        Assert.Equal(["a.yaml:1 HS1003", "c.yaml:2 HS1001"], set.Errors().Select(d => $"{d.Source} {d.Code}").ToList());
        Assert.Equal(["b.yaml"], Files(set));
    }

    [Fact]
    public void LoadRecursive_SymbolicLinkLoop_ReadsEachFileOnce()
    {
        using var ws = new TempWorkspace();
        ws.Write("m/a.yaml", Manifests.ConfigMap("a"));
        Directory.CreateSymbolicLink(ws.FullPath("m/loop"), ws.FullPath("m"));

        var set = ws.LoadRecursive("m");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["m/a.yaml"], Files(set));
    }

    [Fact]
    public void Load_EmptyMetadataMaps_AreAccepted()
    {
        using var ws = new TempWorkspace();
        ws.Write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n  annotations:\n    note:\n");

        var set = ws.Load("a.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(string.Empty, Assert.Single(set.Documents).Object.Annotations["note"]);
    }
}
