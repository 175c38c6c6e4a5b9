using Microsoft.Extensions.Configuration;

namespace MineralGraph.Store.Neo4j.Reading;

/// <summary>Settings of the read cache (section <c>ReadCache</c>); see the store's README for what they mean for freshness.</summary>
public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    /// <summary>Whether answers are cached at all; false caches nothing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most answers kept; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The most memory the answers may take, in MB (measured by the size of Neo4j's JSON for them).</summary>
    public int MaxMegabytes { get; set; } = 64;

    /// <summary>How often the graph's version is read: a write through another server is seen within this.</summary>
    public TimeSpan VersionPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    internal void Apply(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (bool.TryParse(section["Enabled"], out var enabled)) Enabled = enabled;
        if (int.TryParse(section["MaxEntries"], out var entries)) MaxEntries = entries;
        if (int.TryParse(section["MaxMegabytes"], out var megabytes)) MaxMegabytes = megabytes;
        if (TimeSpan.TryParse(section["VersionPollInterval"], System.Globalization.CultureInfo.InvariantCulture, out var interval)) VersionPollInterval = interval;
    }

    public IEnumerable<string> Problems()
    {
        if (MaxEntries < 1) yield return $"{Section}:MaxEntries must be at least 1 (it is {MaxEntries})";
        if (MaxMegabytes < 1) yield return $"{Section}:MaxMegabytes must be at least 1 (it is {MaxMegabytes})";
        if (VersionPollInterval < TimeSpan.FromMilliseconds(100) || VersionPollInterval > TimeSpan.FromMinutes(10))
            yield return $"{Section}:VersionPollInterval must be between 00:00:00.1 and 00:10:00 (it is {VersionPollInterval})";
    }
}
