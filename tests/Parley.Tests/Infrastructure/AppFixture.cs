namespace Parley.Tests.Infrastructure;

/// <summary>One server per test class; every test creates its own site in it.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public ParleyApp App { get; } = new();

    public ValueTask InitializeAsync()
    {
        App.Server.BaseAddress.ToString(); // starts the host, applying migrations
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
