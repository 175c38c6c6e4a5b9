using MineralGraph.Domain.Seed;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// Where the embedded store reads graph-seed: <c>Seed:Directory</c> (or <c>MINERALGRAPH_SEED</c>); else a
/// <c>graph-seed</c> folder found upwards from the working folder or the program's (as after <c>dotnet run</c> in a
/// clone). When none is found the path names <c>./graph-seed</c>, and loading says it does not exist.
/// </summary>
public static class SeedDirectory
{
    public static string From(IConfiguration configuration) =>
        (configuration["Seed:Directory"] ?? configuration["MINERALGRAPH_SEED"]) is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : SeedLoader.FindUpwards([Directory.GetCurrentDirectory(), AppContext.BaseDirectory]) ?? Path.GetFullPath("graph-seed");
}
