using System.Text;
using GraphQL;
using GraphQLParser;
using GraphQLParser.Exceptions;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// Checks on the document's text, made before it is parsed so that an oversized document costs no more than
/// reading it: its size in bytes and its number of tokens.
/// </summary>
public static class DocumentLimits
{
    /// <summary>The error for a document over <see cref="QueryLimits.MaxDocumentBytes"/>, or null.</summary>
    public static ExecutionError? CheckSize(string query, QueryLimits limits)
    {
        // UTF-8 needs at most 3 bytes per UTF-16 char, so most documents are cleared without counting.
        if (query.Length * 3L <= limits.MaxDocumentBytes) return null;
        var bytes = Encoding.UTF8.GetByteCount(query);
        return bytes <= limits.MaxDocumentBytes ? null :
            new ExecutionError(Invariant($"The document is {bytes:N0} bytes; the limit is {limits.MaxDocumentBytes:N0} bytes (Limits:MaxDocumentBytes)."))
            { Code = ErrorCodes.DocumentTooLarge };
    }

    /// <summary>The error for a document of more than <see cref="QueryLimits.MaxTokens"/> tokens, or null.</summary>
    public static ExecutionError? CheckTokens(string query, QueryLimits limits)
    {
        var count = CountTokens(query, limits.MaxTokens + 1);
        return count <= limits.MaxTokens ? null :
            new ExecutionError(Invariant($"The document has more than {limits.MaxTokens:N0} tokens (Limits:MaxTokens).")) { Code = ErrorCodes.TokenLimitExceeded };
    }

    /// <summary>Numbers written 20,480 whatever the server's culture, so messages are the same everywhere.</summary>
    public static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Tokens up to <paramref name="stopAt"/>, comments not counted. Text the lexer cannot read ends the count:
    /// the parser then reports the syntax error.
    /// </summary>
    public static int CountTokens(string query, int stopAt)
    {
        var source = new ROM(query.AsMemory());
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF) break;
                if (token.Kind != TokenKind.COMMENT) count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }
        return count;
    }
}
