using GraphQL.Validation;
using GraphQLParser.AST;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// Refuses a document whose mutation selects more than one mutation field, before any runs. GraphQL would run them
/// one after the other, so a refused second change would follow a written first one, and one status code, one
/// STORE_BUSY or one retry would stand for both: a request is one change, applied whole or not at all. Checks every
/// mutation in the document (fragments spread at its root included), so a cached document needs no second look.
/// </summary>
public sealed class SingleMutationFieldRule : ValidationRuleBase
{
    public static readonly SingleMutationFieldRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        Dictionary<string, GraphQLFragmentDefinition>? fragments = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition { Operation: OperationType.Mutation } mutation) continue;
            fragments ??= context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
            var fields = new List<string>();
            RootFields(mutation.SelectionSet, fragments, fields, [], []);
            if (fields.Count > 1)
                context.ReportError(new ValidationError(
                    $"A request makes one change, and this mutation has {fields.Count} fields ({string.Join(", ", fields)}): " +
                    "send each as its own request. Nothing was run.") { Code = ErrorCodes.MultipleMutations });
        }
        return default;
    }

    /// <summary>The response names the mutation's root selects (a field selected twice under one name runs once), __typename aside.</summary>
    static void RootFields(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, List<string> fields, HashSet<string> names, HashSet<string> spread)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.Value != "__typename":
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    if (names.Add(name)) fields.Add(name);
                    break;
                case GraphQLFragmentSpread fragmentSpread when spread.Add(fragmentSpread.FragmentName.Name.StringValue) &&
                                                               fragments.TryGetValue(fragmentSpread.FragmentName.Name.StringValue, out var fragment):
                    RootFields(fragment.SelectionSet, fragments, fields, names, spread);
                    break;
                case GraphQLInlineFragment inline:
                    RootFields(inline.SelectionSet, fragments, fields, names, spread);
                    break;
            }
        }
    }
}
