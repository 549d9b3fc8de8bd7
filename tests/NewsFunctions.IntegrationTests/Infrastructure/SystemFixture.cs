namespace NewsFunctions.IntegrationTests.Infrastructure;

// One Azurite and one local host shared by the tests of the "system" collection. Tests isolate
// themselves by using their own article slugs, never by resetting shared storage.
public sealed class SystemFixture : IAsyncLifetime
{
    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Storage, Host) = await new TestSystemBuilder().StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}

public static class UniqueNames
{
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 120)];
}
