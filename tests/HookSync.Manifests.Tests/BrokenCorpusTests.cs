using HookSync.Core.Diagnostics;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

public sealed class BrokenCorpusTests
{
    public static IEnumerable<object[]> Cases() => BrokenCorpus.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BrokenManifest_ReportsExactlyTheExpectedError(BrokenCase broken)
    {
        var set = LoaderExtensions.Load(BrokenCorpus.Directory, [broken.Name], recursive: false);

        var error = set.SingleError();
        Assert.Equal(broken.Code, error.Code);
        Assert.Equal(broken.File, error.Source?.File);
        Assert.Equal(broken.Line, error.Source?.Line);
        Assert.Contains(broken.MessageFragment, error.Message, StringComparison.Ordinal);
        Assert.True(set.HasErrors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BrokenManifest_MessageHasNoStackTraceOrParserPosition(BrokenCase broken)
    {
        var set = LoaderExtensions.Load(BrokenCorpus.Directory, [broken.Name], recursive: false);

        var message = set.SingleError().Message;
        Assert.DoesNotContain(" at HookSync", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", message, StringComparison.Ordinal);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_HasAtLeastTwentyTwoCasesCoveringEveryManifestErrorCode()
    {
        var cases = BrokenCorpus.Cases();

        Assert.True(cases.Count >= 22, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        string[] codes =
        [
            DiagnosticCodes.InvalidYaml, DiagnosticCodes.NotAMapping, DiagnosticCodes.MissingApiVersion, DiagnosticCodes.MissingKind,
            DiagnosticCodes.DuplicateObject, DiagnosticCodes.AliasBomb, DiagnosticCodes.InvalidJson, DiagnosticCodes.InvalidMetadata,
        ];
        Assert.All(codes, code => Assert.Contains(cases, c => c.Code == code));
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(BrokenCorpus.Directory, c.Name)) || Directory.Exists(Path.Combine(BrokenCorpus.Directory, c.Name)), c.Name));
    }

    [Fact]
    public void Load_WholeCorpusAtOnce_ReportsEveryCaseInOneRun()
    {
        var set = LoaderExtensions.Load(BrokenCorpus.Directory, ["."], recursive: true);

        var expected = BrokenCorpus.Cases().Select(c => $"{c.File}:{c.Line} {c.Code}").Order(StringComparer.Ordinal);
        var actual = set.Errors().Select(d => $"{d.Source?.File}:{d.Source?.Line} {d.Code}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }
}
