using System.Text;
using CsCheck;
using GraphQL.Types;

namespace MineralGraph.Server.Tests.Fuzz;

/// <summary>
/// Random GraphQL documents built from the served schema: real root fields, their real arguments (enum values,
/// ids from the seed graph, in-range numbers), nested selections through real object and interface types, inline
/// fragments on possible types. Every choice is drawn from a CsCheck <see cref="PCG"/>, so a seed replays a document.
/// </summary>
public sealed class SchemaDocuments(ISchema schema, IReadOnlyList<string> ids)
{
    static readonly Gen<string> Words = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz -éñ"], 1, 12];

    /// <summary>A query (or, rarely, a mutation: refused without a curator key) with 1–3 root fields.</summary>
    public string Operation(PCG random, int maxDepth = 3)
    {
        var mutation = schema.Mutation is not null && random.Next(10) == 0;
        var root = mutation ? schema.Mutation! : schema.Query;
        var text = new StringBuilder(mutation ? "mutation " : random.Next(2) == 0 ? "" : "query Fuzz ");
        Selection(random, root, text, maxDepth, 1 + (int)random.Next(3));
        return text.ToString();
    }

    void Selection(PCG random, IComplexGraphType type, StringBuilder text, int depth, int count)
    {
        text.Append("{ ");
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < count && fields.Count > 0; i++)
        {
            var field = fields[(int)random.Next((uint)fields.Count)];
            Field(random, field, text, depth);
        }
        if (random.Next(8) == 0) text.Append("__typename ");
        if (type is IInterfaceGraphType face && face.PossibleTypes.Count > 0 && depth > 0 && random.Next(3) == 0)
        {
            var possible = face.PossibleTypes.ElementAt((int)random.Next((uint)face.PossibleTypes.Count));
            text.Append("... on ").Append(possible.Name).Append(' ');
            Selection(random, possible, text, depth - 1, 1 + (int)random.Next(2));
        }
        text.Append("} ");
    }

    void Field(PCG random, FieldType field, StringBuilder text, int depth)
    {
        text.Append(field.Name);
        if (field.Arguments is { Count: > 0 } arguments)
        {
            var given = arguments.Where(a => a.ResolvedType is NonNullGraphType || random.Next(3) == 0).ToList();
            if (given.Count > 0)
            {
                text.Append('(');
                foreach (var argument in given) text.Append(argument.Name).Append(": ").Append(Value(random, argument.Name, argument.ResolvedType!)).Append(' ');
                text.Append(')');
            }
        }
        text.Append(' ');
        if (Named(field.ResolvedType!) is IComplexGraphType complex)
        {
            if (depth <= 0) text.Append("{ __typename } ");
            else Selection(random, complex, text, depth - 1, 1 + (int)random.Next(3));
        }
    }

    /// <summary>A literal of the argument's type, mostly in range (small pages, real ids, valid dates).</summary>
    public string Value(PCG random, string name, IGraphType type)
    {
        if (type is NonNullGraphType nonNull) return Value(random, name, nonNull.ResolvedType!);
        if (type is ListGraphType list)
            return "[" + string.Join(", ", Enumerable.Range(0, (int)random.Next(3) + 1).Select(_ => Value(random, name, list.ResolvedType!))) + "]";
        return type switch
        {
            IntGraphType => name switch
            {
                "depth" => (1 + random.Next(3)).ToString(),
                "maxHops" => (1 + random.Next(6)).ToString(),
                _ => (1 + random.Next(10)).ToString(),
            },
            BooleanGraphType => random.Next(2) == 0 ? "true" : "false",
            FloatGraphType => (random.Next(1000) / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            IdGraphType => Quote(Id(random)),
            EnumerationGraphType enumeration => enumeration.Values.ElementAt((int)random.Next((uint)enumeration.Values.Count)).Name,
            IInputObjectGraphType input => "{ " + string.Concat(input.Fields.Where(f => f.ResolvedType is NonNullGraphType || random.Next(2) == 0)
                .Select(f => $"{f.Name}: {Value(random, f.Name, f.ResolvedType!)} ")) + "}",
            _ when type.Name == "Date" => Quote($"20{10 + random.Next(16)}-0{1 + random.Next(9)}-1{random.Next(10)}"),
            _ => Quote(Words.Generate(random, null!, out _)),
        };
    }

    public string Id(PCG random) => random.Next(5) == 0 ? "government/x" + random.Next(1000) : ids[(int)random.Next((uint)ids.Count)];

    static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType n => Named(n.ResolvedType!),
        ListGraphType l => Named(l.ResolvedType!),
        _ => type,
    };
}
