using GraphQL;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

static class ContextExtensions
{
    public static GraphContext Graph(this IResolveFieldContext context) => (GraphContext)context.UserContext;

    public static IGraphStore Store(this IResolveFieldContext context) => context.Graph().Store;

    /// <summary>The day validity is judged on: the asOf argument, else today.</summary>
    public static DateOnly Day(this IResolveFieldContext context, DateOnly? asOf) => asOf ?? context.Graph().Today;

    /// <summary>True when the field's selection asks for <paramref name="name"/> (directly or through a fragment).</summary>
    public static bool Selects(this IResolveFieldContext context, string name)
    {
        if (context.SubFields is not { } fields) return false;
        foreach (var (_, field) in fields)
        {
            if (field.Field.Name == name) return true;
        }
        return false;
    }

    /// <summary>The offset after the <c>after</c> cursor; a cursor not made by this API is a BAD_USER_INPUT error.</summary>
    public static int OffsetAfter(this IResolveFieldContext context)
    {
        var after = context.GetArgument<string?>("after");
        if (after is null) return 0;
        return Cursor.TryDecodeNextOffset(after, out var offset)
            ? offset
            : throw GraphErrors.NotACursor(after);
    }
}
