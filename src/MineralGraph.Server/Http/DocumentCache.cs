using System.Collections.Concurrent;
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
/// the rules that only look at the document (including the size, token and alias limits). Bounded: once full,
/// new documents are simply not cached.
/// </summary>
public sealed class DocumentCache
{
    public const int Capacity = 2000;

    static readonly GraphQLDocumentBuilder Parser = new();
    readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

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

    public GraphQLDocument? GetValidated(string query) => documents.GetValueOrDefault(query);

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

    public void AddValidated(string query, GraphQLDocument document)
    {
        if (documents.Count < Capacity) documents.TryAdd(query, document);
    }

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
