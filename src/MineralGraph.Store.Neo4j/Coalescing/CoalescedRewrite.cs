namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// Rewrites a read statement so that one request answers it for many parameter sets: each <c>$p</c> becomes
/// <c>coalescedArgs.p</c>, and <c>coalescedArgs</c> (one set) is carried wherever a later part of the statement reads
/// it — added to every <c>WITH</c> projection and every <c>CALL (…) {</c> scope that needs it. The rule is about text
/// and parameters, not about particular statements; a statement is refused, with the reason, whenever the rewrite
/// could change its answer:
/// <list type="bullet">
/// <item>it does not start with a reading clause, writes, or returns nothing at its top level;</item>
/// <item>a parameter sits where Cypher takes no variable (<c>LIMIT</c>, <c>SKIP</c>, a variable-length bound);</item>
/// <item>a <c>WITH</c> that would have to carry the arguments aggregates with no grouping key (carrying them makes
/// one a key, and an empty input would then give no row instead of one);</item>
/// <item>an unscoped <c>CALL {</c> would need them; the text is unreadable (see <see cref="CypherScanner"/>) or already
/// uses the names the rewrite adds.</item>
/// </list>
/// </summary>
internal static class CoalescedRewrite
{
    public const string Args = "coalescedArgs";
    public const string Index = "coalescedIndex";

    static readonly HashSet<string> Reading = new(StringComparer.OrdinalIgnoreCase) { "MATCH", "OPTIONAL", "UNWIND", "WITH", "CALL", "RETURN" };
    static readonly HashSet<string> Writing = new(StringComparer.OrdinalIgnoreCase)
        { "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "LOAD", "INSERT", "USE", "TRANSACTIONS", "FINISH" };
    static readonly HashSet<string> Aggregating = new(StringComparer.OrdinalIgnoreCase)
        { "count", "collect", "sum", "avg", "min", "max", "percentileCont", "percentileDisc", "stDev", "stDevP" };
    static readonly HashSet<string> Clauses = new(StringComparer.OrdinalIgnoreCase)
        { "MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "WHERE", "ORDER", "CALL", "UNION", "YIELD", "SKIP", "OFFSET", "LIMIT" };
    static readonly HashSet<string> Bounding = new(StringComparer.OrdinalIgnoreCase) { "SKIP", "OFFSET", "LIMIT" };
    static readonly HashSet<string> SubqueryOpeners = new(StringComparer.OrdinalIgnoreCase) { "CALL", "EXISTS", "COLLECT", "COUNT" };

    /// <summary>The inner statement rewritten (to run once per argument set), or null with the reason it cannot be.</summary>
    public static string? Rewrite(string text, out HashSet<string> parameters, out string? refusal)
    {
        parameters = new HashSet<string>(StringComparer.Ordinal);
        var tokens = CypherScanner.Scan(text);
        if (tokens is null || tokens.Count == 0) return Refuse("it cannot be read with certainty (quoted or dynamic parameter, unterminated text)", out refusal);
        var shape = Shape.Of(tokens);
        if (shape is null) return Refuse("its brackets do not match", out refusal);
        if (!tokens[0].Is(tokens[0].Text) || !Reading.Contains(tokens[0].Text)) return Refuse($"it starts with '{tokens[0].Text}', not a reading clause", out refusal);

        var edits = new List<(int Start, int Length, string Text)>();
        var clause = new Stack<string>();
        clause.Push("");
        var returns = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == CypherTokenKind.Word && (t.Text == Args || t.Text == Index)) return Refuse($"it already names '{t.Text}'", out refusal);
            if (t.IsSymbol("{")) { clause.Push(""); continue; }
            if (t.IsSymbol("}")) { clause.Pop(); continue; }
            if (t.Kind == CypherTokenKind.Parameter)
            {
                if (Bounding.Contains(clause.Peek())) return Refuse($"${t.Text} is in {clause.Peek().ToUpperInvariant()}, which takes no variable", out refusal);
                if (IsLengthBound(tokens, i)) return Refuse($"${t.Text} bounds a variable-length pattern", out refusal);
                parameters.Add(t.Text);
                edits.Add((t.Start, t.Length, $"{Args}.{t.Text}"));
                continue;
            }
            if (!IsKeyword(tokens, i)) continue;
            if (Writing.Contains(t.Text)) return Refuse($"it writes ({t.Text.ToUpperInvariant()})", out refusal);
            if (Clauses.Contains(t.Text) && !IsStringOperator(tokens, i)) clause.Pop(); else continue;
            clause.Push(t.Text);
            if (t.Is("RETURN") && shape.BlockOf[i] < 0) returns = true;
            if (t.Is("WITH") && !Carry(tokens, shape, i, edits, out refusal)) return null;
            if (t.Is("CALL") && !Import(tokens, shape, i, edits, out refusal)) return null;
            if (t.Is("UNION") && shape.BlockOf[i] < 0)
            {
                var after = i + 1 < tokens.Count && tokens[i + 1].Is("ALL") ? tokens[i + 1] : t;
                edits.Add((after.Start + after.Length, 0, "\n" + Bind));
            }
        }
        if (!returns) return Refuse("it returns nothing at its top level", out refusal);

        var rewritten = text;
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
            rewritten = rewritten[..start] + replacement + rewritten[(start + length)..];
        refusal = null;
        return rewritten;
    }

    /// <summary>Binds one argument set at the start of the inner statement (and of each of its top-level UNION parts).</summary>
    public static readonly string Bind = $"WITH ${CoalescedForm.BatchParameter}[{Index}] AS {Args}";

    /// <summary>Adds the arguments to a WITH projection when anything after it, in its block, reads a parameter.</summary>
    static bool Carry(List<CypherToken> tokens, Shape shape, int with, List<(int, int, string)> edits, out string? refusal)
    {
        refusal = null;
        if (!ParameterFollows(tokens, shape, with)) return true;
        var first = with + 1;
        if (first < tokens.Count && tokens[first].Is("DISTINCT")) first++;
        if (first >= tokens.Count) return Fail("a WITH ends the statement", out refusal);
        if (tokens[first].IsSymbol("*")) return true; // WITH * keeps every variable
        if (!HasGroupingKey(tokens, shape, first))
            return Fail("a WITH that must carry the arguments aggregates with no grouping key", out refusal);
        edits.Add((tokens[first].Start, 0, Args + ", "));
        return true;
    }

    /// <summary>Adds the arguments to a <c>CALL (…) {</c> scope when its block reads a parameter.</summary>
    static bool Import(List<CypherToken> tokens, Shape shape, int call, List<(int, int, string)> edits, out string? refusal)
    {
        refusal = null;
        if (call + 1 >= tokens.Count) return true;
        var next = tokens[call + 1];
        if (next.IsSymbol("{"))
            return !ReadsParameter(tokens, call + 1, shape.Match[call + 1]) || Fail("an unscoped CALL { } subquery reads a parameter", out refusal);
        if (!next.IsSymbol("(")) return true; // a procedure call
        var close = shape.Match[call + 1];
        if (close + 1 >= tokens.Count || !tokens[close + 1].IsSymbol("{") || !ReadsParameter(tokens, close + 1, shape.Match[close + 1])) return true;
        if (close == call + 2) edits.Add((tokens[close].Start, 0, Args));
        else if (!(close == call + 3 && tokens[call + 2].IsSymbol("*"))) edits.Add((tokens[call + 2].Start, 0, Args + ", "));
        return true;
    }

    /// <summary>Whether a parameter appears after <paramref name="at"/> before its block ends (or its UNION part does).</summary>
    static bool ParameterFollows(List<CypherToken> tokens, Shape shape, int at)
    {
        var block = shape.BlockOf[at];
        var end = block < 0 ? tokens.Count : shape.Match[block];
        for (var j = at + 1; j < end; j++)
        {
            if (tokens[j].Kind == CypherTokenKind.Parameter) return true;
            if (shape.BlockOf[j] == block && IsKeyword(tokens, j) && tokens[j].Is("UNION")) return false;
        }
        return false;
    }

    static bool ReadsParameter(List<CypherToken> tokens, int open, int close)
    {
        for (var j = open + 1; j < close; j++) if (tokens[j].Kind == CypherTokenKind.Parameter) return true;
        return false;
    }

    /// <summary>Whether some item of the projection starting at <paramref name="first"/> is not an aggregate (a grouping key).</summary>
    static bool HasGroupingKey(List<CypherToken> tokens, Shape shape, int first)
    {
        var depth = 0;
        var aggregates = false;
        var anyKey = false;
        for (var j = first; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (depth == 0 && (t.IsSymbol("}") || t.IsSymbol(")") || (IsKeyword(tokens, j) && Clauses.Contains(t.Text) && !IsStringOperator(tokens, j)))) break;
            if (t.IsSymbol("{") && shape.IsBlock[j]) { j = shape.Match[j]; continue; }
            if (t.IsSymbol("(") || t.IsSymbol("[") || t.IsSymbol("{")) depth++;
            else if (t.IsSymbol(")") || t.IsSymbol("]") || t.IsSymbol("}")) depth--;
            else if (depth == 0 && t.IsSymbol(",")) { anyKey |= !aggregates; aggregates = false; }
            else if (t.Kind == CypherTokenKind.Word && !t.Quoted && Aggregating.Contains(t.Text) && j + 1 < tokens.Count && tokens[j + 1].IsSymbol("(") && !Follows(tokens, j, "."))
                aggregates = true;
        }
        return anyKey || !aggregates;
    }

    /// <summary>A keyword, not a property (<c>n.limit</c>), label (<c>:Set</c>) or map key (<c>{limit: 1}</c>).</summary>
    static bool IsKeyword(List<CypherToken> tokens, int i) =>
        tokens[i].Kind == CypherTokenKind.Word && !tokens[i].Quoted && !Follows(tokens, i, ".") && !Follows(tokens, i, ":")
        && !(i + 1 < tokens.Count && tokens[i + 1].IsSymbol(":"));

    /// <summary>The WITH of <c>STARTS WITH</c> / <c>ENDS WITH</c>.</summary>
    static bool IsStringOperator(List<CypherToken> tokens, int i) => tokens[i].Is("WITH") && i > 0 && (tokens[i - 1].Is("STARTS") || tokens[i - 1].Is("ENDS"));

    /// <summary><c>*$n</c>, <c>*..$n</c>, <c>*1..$n</c>.</summary>
    static bool IsLengthBound(List<CypherToken> tokens, int i) =>
        Follows(tokens, i, "*") || (Follows(tokens, i, "..") && (Follows(tokens, i - 1, "*") || (i >= 3 && tokens[i - 2].Kind == CypherTokenKind.Number && tokens[i - 3].IsSymbol("*"))));

    static bool Follows(List<CypherToken> tokens, int i, string symbol) => i > 0 && tokens[i - 1].IsSymbol(symbol);

    static string? Refuse(string reason, out string? refusal)
    {
        refusal = reason;
        return null;
    }

    static bool Fail(string reason, out string? refusal)
    {
        refusal = reason;
        return false;
    }

    /// <summary>Bracket pairs, which braces open subqueries (blocks) rather than maps, and each token's innermost block.</summary>
    sealed class Shape
    {
        public required int[] Match { get; init; }
        public required bool[] IsBlock { get; init; }
        public required int[] BlockOf { get; init; }

        public static Shape? Of(List<CypherToken> tokens)
        {
            var match = new int[tokens.Count];
            var isBlock = new bool[tokens.Count];
            var blockOf = new int[tokens.Count];
            var open = new Stack<int>();
            var blocks = new Stack<int>();
            blocks.Push(-1);
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                blockOf[i] = blocks.Peek();
                if (t.IsSymbol("(") || t.IsSymbol("[") || t.IsSymbol("{"))
                {
                    open.Push(i);
                    if (t.IsSymbol("{") && OpensBlock(tokens, match, i))
                    {
                        isBlock[i] = true;
                        blocks.Push(i);
                    }
                }
                else if (t.IsSymbol(")") || t.IsSymbol("]") || t.IsSymbol("}"))
                {
                    if (open.Count == 0 || !Pairs(tokens[open.Peek()].Text, t.Text)) return null;
                    var o = open.Pop();
                    match[o] = i;
                    match[i] = o;
                    if (isBlock[o])
                    {
                        blocks.Pop();
                        blockOf[i] = blocks.Peek();
                    }
                }
            }
            return open.Count == 0 ? new Shape { Match = match, IsBlock = isBlock, BlockOf = blockOf } : null;
        }

        /// <summary><c>CALL {</c>, <c>EXISTS {</c>, <c>COLLECT {</c>, <c>COUNT {</c>, or <c>CALL (…) {</c>.</summary>
        static bool OpensBlock(List<CypherToken> tokens, int[] match, int i)
        {
            if (i == 0) return false;
            var before = tokens[i - 1];
            if (before.Kind == CypherTokenKind.Word && SubqueryOpeners.Contains(before.Text) && IsKeyword(tokens, i - 1)) return true;
            if (!before.IsSymbol(")")) return false;
            var opened = match[i - 1];
            return opened > 0 && tokens[opened - 1].Is("CALL") && IsKeyword(tokens, opened - 1);
        }

        static bool Pairs(string open, string close) => (open, close) is ("(", ")") or ("[", "]") or ("{", "}");
    }
}
