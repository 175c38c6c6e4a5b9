using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Embedded;

public sealed class EmbeddedStoreRegistrationTests
{
    [Fact]
    public async Task AddEmbeddedGraphStore_ValidSeed_RegistersOneSingletonUnderBothTypes()
    {
        using var provider = new ServiceCollection().AddEmbeddedGraphStore(ContractSeed.Directory).BuildServiceProvider();

        var asInterface = provider.GetRequiredService<IGraphStore>();
        var asSelf = provider.GetRequiredService<EmbeddedGraphStore>();

        Assert.Same(asSelf, asInterface);
        Assert.Same(asInterface, provider.GetRequiredService<IGraphStore>());
        Assert.Equal("Mexico", (await asInterface.GetEntityAsync("government/mexico"))?.Name);
    }

    [Fact]
    public void AddEmbeddedGraphStore_InvalidSeed_ThrowsWithTheErrors()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mineralgraph-no-such-seed-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidSeedException>(() => new ServiceCollection().AddEmbeddedGraphStore(missing));
        Assert.NotEmpty(error.Errors);
    }
}
