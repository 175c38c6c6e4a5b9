namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>The server on the embedded store, loaded from the real graph-seed.</summary>
public sealed class EmbeddedServerFixture : IServerFixture, IDisposable
{
    readonly MineralGraphFactory factory = new(MineralGraphFactory.EmbeddedSettings());

    public HttpClient CreateClient() => factory.CreateClient();

    public IServiceProvider Services => factory.Services;

    public void Dispose() => factory.Dispose();
}
