using HookSync.Core.Inventory;

namespace HookSync.Core.Tests.Inventory;

/// <summary>The inventory's stored form: stable, sorted, versioned; a foreign or newer document is a clear error.</summary>
public sealed class AppInventoryTests
{
    [Fact]
    public void Json_RoundTripsAndIsSortedByObject()
    {
        var inventory = new AppInventory("shop", "abc123", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), [
            new InventoryEntry("v1", "ConfigMap", "default", "z", "b.yaml:2"),
            new InventoryEntry("rbac.authorization.k8s.io/v1", "ClusterRole", "", "reader", "a.yaml:1"),
        ]);

        var json = inventory.ToJson();
        var back = AppInventory.FromJson(json, "ConfigMap default/hooksync-shop");

        Assert.StartsWith("{\"version\":1,\"app\":\"shop\",\"revision\":\"abc123\",\"writtenAt\":\"2023-11-14T22:13:20Z\",\"objects\":[{\"apiVersion\":\"v1\"", json);
        Assert.Equal(["z", "reader"], back.Entries.Select(e => e.Name));
        Assert.Equal(inventory.WrittenAt, back.WrittenAt);
        Assert.Equal("rbac.authorization.k8s.io", back.Entries[1].Gvk.Group);
    }

    [Theory]
    [InlineData("not json", "is not valid JSON")]
    [InlineData("{\"version\":2,\"objects\":[]}", "has format version 2")]
    [InlineData("{\"version\":1,\"objects\":[{\"kind\":\"ConfigMap\"}]}", "an entry without apiVersion, kind and name")]
    public void FromJson_UnreadableDocument_NamesTheObjectAndTheFix(string json, string expected)
    {
        var e = Assert.Throws<InventoryFormatException>(() => AppInventory.FromJson(json, "ConfigMap default/hooksync-shop"));
        Assert.Contains(expected, e.Message);
        Assert.Contains("ConfigMap default/hooksync-shop", e.Message);
    }

    [Fact]
    public void Merge_KeepsWhatEitherWriterSaysMayExist()
    {
        var ours = new AppInventory("shop", "r2", DateTimeOffset.UnixEpoch, [new InventoryEntry("v1", "ConfigMap", "default", "a", "x:1")]);
        var theirs = ours with { Entries = [new InventoryEntry("v1", "ConfigMap", "default", "b", "x:2")] };

        Assert.Equal(["a", "b"], InventoryUpdate.Merge(ours, theirs).Entries.Select(e => e.Name).Order());
    }
}
