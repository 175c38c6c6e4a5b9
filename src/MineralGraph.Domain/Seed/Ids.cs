using System.Text.RegularExpressions;

namespace MineralGraph.Domain.Seed;

/// <summary>The shape of ids: <c>kind/slug</c> for entities, <c>rel/slug</c> for relations; slugs are lower-case ASCII words joined by '-'.</summary>
public static partial class Ids
{
    public const string RelationPrefix = "rel/";

    [GeneratedRegex("^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();

    public static bool IsWellFormed(string id) => Shape().IsMatch(id);
}
