using HookSync.Core.Model;
using HookSync.Core.Security;

namespace HookSync.Core.Tests.Security;

public sealed class ManifestSecretsTests
{
    [Fact]
    public void Of_SecretStringDataAndData_ValuesEncodedAndDecoded()
    {
        var secret = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"db"},
             "stringData":{"password":"hunter2-plain"},
             "data":{"token":"dG9rZW4tdmFsdWU=","binary":"/w==","bad":"%%%"}}
            """);
        var configMap = KubeObject.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"not-a-secret"}}""");

        var values = ManifestSecrets.Of([secret, configMap]).ToList();

        // Short values ("/w==", "%%%") are left out: at that length they are ordinary words.
        Assert.Equal(["hunter2-plain", "dG9rZW4tdmFsdWU=", "token-value"], values);
    }

    [Fact]
    public void Of_SecretKindOfAnotherGroup_NotASecret() =>
        Assert.Empty(ManifestSecrets.Of([KubeObject.Parse("""{"apiVersion":"example.com/v1","kind":"Secret","metadata":{"name":"x"},"data":{"k":"dmFsdWU="}}""")]));
}
