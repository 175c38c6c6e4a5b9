using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Validation;

namespace MineralGraph.Server.Http;

/// <summary>
/// Parsed documents that already passed validation, keyed by their text, so a repeated query skips parsing and
/// the rules that only look at the document (including the size, token and alias limits). Bounded, least recently
/// used out (<see cref="RecentDocuments"/>): new documents keep being cached, memory stays within the bounds.
/// </summary>
public sealed class DocumentCache
{
    public const int Capacity = 2000;
    /// <summary>Characters of document text held at most: 2,000 documents of 2,000 characters, or 200 at the 20 KB limit.</summary>
    public const long MaxCharacters = 4_000_000;

    static readonly GraphQLDocumentBuilder Parser = new();

    public DocumentCache(IOptions<QueryLimits> options)
    {
        var limits = Limits = options.Value;
        var cost = new CostRule(limits);
        AllRules = [.. DocumentValidator.CoreRules, new AliasLimitRule(limits), SingleMutationFieldRule.Instance, cost];
        VariableRules = [cost];
    }

    public QueryLimits Limits { get; }

    /// <summary>Every rule, for a document seen for the first time.</summary>
    public IReadOnlyList<IValidationRule> AllRules { get; }

    /// <summary>
    /// For a cached document without variables no rule needs to run again: its arguments are still parsed (and
    /// checked against their caps) by the validator on each request.
    /// </summary>
    public static readonly IReadOnlyList<IValidationRule> NoRules = [];

    /// <summary>
    /// For a cached document with variables the cost estimate runs again: `first: $n` may differ each time; so it
    /// does when the document holds several operations, as each request may pick another.
    /// </summary>
    public IReadOnlyList<IValidationRule> VariableRules { get; }

    /// <summary>The documents held, for tests and diagnostics.</summary>
    public RecentDocuments Documents { get; } = new(Capacity, MaxCharacters);

    public GraphQLDocument? GetValidated(string query) => Documents.Get(query);

    /// <summary>
    /// Parses a document not seen before, once its token count is within <see cref="QueryLimits.MaxTokens"/>;
    /// null with the error to answer (400) when it is over the limit or not valid GraphQL.
    /// </summary>
    public GraphQLDocument? Parse(string query, out ExecutionError? error)
    {
        error = DocumentLimits.CheckTokens(query, Limits);
        if (error is not null) return null;
        try
        {
            return Parser.Build(query);
        }
        catch (SyntaxError e)
        {
            error = e;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // The parser's own guard against stack overflow: {a{a{a… more than it will follow.
            error = new ExecutionError($"The document nests deeper than the parser follows ({Parser.MaxDepth ?? 128} syntax levels); " +
                                       $"the limit for selections is {Limits.MaxDepth} (Limits:MaxDepth).") { Code = ErrorCodes.DepthLimitExceeded };
        }
        return null;
    }

    public void AddValidated(string query, GraphQLDocument document) => Documents.Add(query, document);

    /// <summary>The rules a request must pass.</summary>
    public IReadOnlyList<IValidationRule> RulesFor(GraphQLDocument document, bool cached) =>
        !cached ? AllRules : CostMayDiffer(document) ? VariableRules : NoRules;

    static bool CostMayDiffer(GraphQLDocument document)
    {
        var operations = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            if (operation.Variables is { Count: > 0 } || ++operations > 1) return true;
        }
        return false;
    }
}
