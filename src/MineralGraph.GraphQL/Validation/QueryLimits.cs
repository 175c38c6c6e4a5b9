namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// The limits every GraphQL request is held to, bound from the configuration section <c>Limits</c>. Defaults
/// follow the public APIs people already know (GitHub, Shopify, graphql-js): small enough that no single
/// document can make the server do unbounded work, large enough for GraphiQL's introspection query and every
/// query the explorer page and the README examples send. Each limit, when hit, is an error whose
/// <c>extensions.code</c> names it and whose message gives the limit's value.
/// </summary>
public sealed class QueryLimits
{
    public const string Section = "Limits";

    /// <summary>
    /// The estimated cost of the whole operation: one point per field, multiplied by the size of each list it is
    /// inside (the list's <c>first</c>, or its default when not given). Introspection counts too, at the schema's
    /// real size: GraphiQL's introspection query costs about 118,000 on this schema, so the limit leaves it room to
    /// grow while refusing three nested pages of 100 (a million items and more).
    /// </summary>
    public int MaxCost { get; set; } = 150_000;

    /// <summary>How many levels of nested selections an operation may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>How many aliased fields a document may hold (alias bombs ask for one expensive field many times).</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>How many lexical tokens (names, punctuation, values; comments not counted) a document may have.</summary>
    public int MaxTokens { get; set; } = 1000;

    /// <summary>The size of the GraphQL document in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 20 * 1024;

    /// <summary>The size of a POST body (document, variables and all) in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// The size of a POST body carrying a curator's key: enough for the largest valid change, a source with a
    /// 2,000,000-character text even if every character is sent escaped as \uXXXX (12 MB), plus the rest of the request.
    /// </summary>
    public int MaxCuratorBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long a request may take to parse, validate and execute before it is stopped and answered with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The size assumed for a list without a <c>first</c> argument (aliases, evidence, introspection lists) when
    /// estimating cost.
    /// </summary>
    public int DefaultListSize { get; set; } = 5;

    /// <summary>
    /// "Did you mean …?" hints in validation errors. They help while writing queries and help an attacker map a
    /// schema he cannot introspect; null means on in the Development environment only.
    /// </summary>
    public bool? FieldSuggestions { get; set; }

    /// <summary>Problems with the configured values, for a clear start-up failure.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxCost < 1) yield return $"{Section}:MaxCost must be at least 1 (it is {MaxCost})";
        if (MaxDepth < 1) yield return $"{Section}:MaxDepth must be at least 1 (it is {MaxDepth})";
        if (MaxAliases < 0) yield return $"{Section}:MaxAliases must be at least 0 (it is {MaxAliases})";
        if (MaxTokens < 1) yield return $"{Section}:MaxTokens must be at least 1 (it is {MaxTokens})";
        if (MaxDocumentBytes < 1) yield return $"{Section}:MaxDocumentBytes must be at least 1 (it is {MaxDocumentBytes})";
        if (MaxBodyBytes < MaxDocumentBytes) yield return $"{Section}:MaxBodyBytes must be at least MaxDocumentBytes ({MaxDocumentBytes}; it is {MaxBodyBytes})";
        if (MaxCuratorBodyBytes < MaxBodyBytes) yield return $"{Section}:MaxCuratorBodyBytes must be at least MaxBodyBytes ({MaxBodyBytes}; it is {MaxCuratorBodyBytes})";
        if (ExecutionTimeout <= TimeSpan.Zero) yield return $"{Section}:ExecutionTimeout must be positive (it is {ExecutionTimeout})";
        if (DefaultListSize < 1) yield return $"{Section}:DefaultListSize must be at least 1 (it is {DefaultListSize})";
    }
}
