namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>Shares one published binary among every end-to-end test class.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedBinaryCollection : ICollectionFixture<PublishedBinary>
{
    public const string Name = "published binary";
}
