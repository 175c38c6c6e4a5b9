using System.Text;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// Documents whose fragments each spread the previous one twice: a few hundred bytes that stand for 2^levels
/// fields. <c>fragment F0 on Entity { id name } fragment F1 on Entity { ...F0 ...F0 } …</c>, spread once under
/// <paramref name="root"/>.
/// </summary>
public static class FragmentBomb
{
    public const string NodeRoot = "node(id: \"official/claudia-sheinbaum\")";

    /// <param name="levels">How many fragments (the last one stands for 2^(levels-1) copies of the first).</param>
    /// <param name="spreadDirective">Written after every spread, e.g. <c>@skip(if: true)</c>: then nothing is selected, but there are as many spreads.</param>
    /// <param name="root">The field the last fragment is spread in (with the type <paramref name="type"/>), or null to spread it at the root.</param>
    public static string Doubling(int levels, string spreadDirective = "", string? root = NodeRoot, string type = "Entity", string leaf = "id name")
    {
        var text = new StringBuilder();
        var last = $"...F{levels - 1}";
        text.Append(root is null ? $"{{ {last} }}" : $"{{ {root} {{ {last} }} }}");
        text.Append($" fragment F0 on {type} {{ {leaf} }}");
        for (var i = 1; i < levels; i++)
            text.Append($" fragment F{i} on {type} {{ ...F{i - 1}{spreadDirective} ...F{i - 1}{spreadDirective} }}");
        return text.ToString();
    }
}
