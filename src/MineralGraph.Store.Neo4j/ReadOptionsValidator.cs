using Microsoft.Extensions.Options;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Reading;

namespace MineralGraph.Store.Neo4j;

/// <summary>Rejects coalescing and read-cache settings that cannot work, naming each.</summary>
public sealed class ReadOptionsValidator : IValidateOptions<CoalescingOptions>, IValidateOptions<ReadCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CoalescingOptions options) => Result(options.Problems());

    public ValidateOptionsResult Validate(string? name, ReadCacheOptions options) => Result(options.Problems());

    static ValidateOptionsResult Result(IEnumerable<string> problems) =>
        problems.ToList() is { Count: > 0 } list ? ValidateOptionsResult.Fail(list) : ValidateOptionsResult.Success;
}
