using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// Refuses a document with more aliases than <see cref="QueryLimits.MaxAliases"/>: aliases are how one request
/// asks for the same expensive field hundreds of times. Counts the whole document, fragments included; it
/// depends on the text only, so a cached document never runs it again.
/// </summary>
public sealed class AliasLimitRule(QueryLimits limits) : ValidationRuleBase
{
    static readonly AliasCounter Counter = new();

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = new AliasCount(context.CancellationToken);
        await Counter.VisitAsync(context.Document, count);
        if (count.Aliases > limits.MaxAliases)
            context.ReportError(new ValidationError(
                $"The document has {count.Aliases} aliases; the limit is {limits.MaxAliases} (Limits:MaxAliases).") { Code = ErrorCodes.AliasLimitExceeded });
        return null;
    }

    sealed class AliasCount(CancellationToken cancellationToken) : IASTVisitorContext
    {
        public int Aliases;
        public CancellationToken CancellationToken => cancellationToken;
    }

    sealed class AliasCounter : ASTVisitor<AliasCount>
    {
        protected override ValueTask VisitAliasAsync(GraphQLAlias alias, AliasCount context)
        {
            context.Aliases++;
            return default;
        }
    }
}
