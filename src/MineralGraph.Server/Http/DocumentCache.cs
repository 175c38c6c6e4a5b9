using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace MineralGraph.Server.Http;

/// <summary>
/// Parsed documents that already passed validation, keyed by their text, so a repeated query skips parsing and
/// the rules that only look at the document. Bounded: once full, new documents are simply not cached.
/// </summary>
public sealed class DocumentCache
{
    public const int Capacity = 2000;

    /// <summary>
    /// Depth and estimated size are capped so that nesting paginated fields (relations → to → relations → …)
    /// cannot ask for millions of objects; lists count as three items unless they say `first`.
    /// </summary>
    static readonly ComplexityValidationRule Size = new(new ComplexityOptions { MaxDepth = 15, MaxComplexity = 2_000_000, DefaultListImpactMultiplier = 3 });

    /// <summary>Every rule, for a document seen for the first time.</summary>
    public static readonly IReadOnlyList<IValidationRule> AllRules = [.. DocumentValidator.CoreRules, Size];

    /// <summary>
    /// For a cached document without variables no rule needs to run again: its arguments are still parsed (and
    /// checked against their caps) by the validator on each request.
    /// </summary>
    public static readonly IReadOnlyList<IValidationRule> NoRules = [];

    /// <summary>For a cached document with variables the size estimate runs again: `first: $n` may differ each time.</summary>
    public static readonly IReadOnlyList<IValidationRule> VariableRules = [Size];

    readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    public GraphQLDocument? GetValidated(string query) => documents.GetValueOrDefault(query);

    public void AddValidated(string query, GraphQLDocument document)
    {
        if (documents.Count < Capacity) documents.TryAdd(query, document);
    }

    /// <summary>The rules a request must pass.</summary>
    public static IReadOnlyList<IValidationRule> RulesFor(GraphQLDocument document, bool cached) =>
        !cached ? AllRules : UsesVariables(document) ? VariableRules : NoRules;

    static bool UsesVariables(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition { Variables.Count: > 0 }) return true;
        }
        return false;
    }
}
