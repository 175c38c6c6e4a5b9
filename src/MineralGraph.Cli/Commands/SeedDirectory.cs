using MineralGraph.Domain.Seed;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// Which graph-seed a command reads: the folder given; else <c>MINERALGRAPH_SEED</c>; else a <c>graph-seed</c>
/// folder found upwards from the working folder or the program's. When none is found the path names
/// <c>./graph-seed</c>, and loading says it does not exist.
/// </summary>
public static class SeedDirectory
{
    public static string Resolve(string? given) =>
        (given ?? Environment.GetEnvironmentVariable("MINERALGRAPH_SEED")) is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : SeedLoader.FindUpwards([Directory.GetCurrentDirectory(), AppContext.BaseDirectory]) ?? Path.GetFullPath("graph-seed");

    /// <summary>The seed's graph for an export, or null (said on <paramref name="errors"/>, with the first error) when it is not valid.</summary>
    public static SeedGraph? LoadValid(string? given, string command, TextWriter errors)
    {
        var seedPath = Resolve(given);
        var loaded = SeedLoader.Load(seedPath);
        if (loaded.IsValid) return loaded.Graph!;
        errors.WriteLine($"{command}: {seedPath} is not a valid seed ({loaded.Errors.Count} error(s)); run `mineralgraph seed validate` for all of them. First: {loaded.Errors[0]}");
        return null;
    }
}
