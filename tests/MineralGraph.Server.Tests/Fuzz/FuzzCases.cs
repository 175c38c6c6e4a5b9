using System.Text;
using System.Text.Json;
using CsCheck;

namespace MineralGraph.Server.Tests.Fuzz;

/// <summary>
/// One generated HTTP request to /graphql and the category it was drawn from. <see cref="Key"/> is a curator key to
/// send; <see cref="Creates"/> the entity a mutation creates if it is accepted (checked after the run).
/// </summary>
public sealed record FuzzRequest(string Category, HttpMethod Method, string Url, byte[]? Body, string? ContentType = "application/json", string? Accept = null)
{
    public string? Key { get; init; }
    public string? Creates { get; init; }

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Url);
        if (Key is not null) message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (Accept is not null) message.Headers.TryAddWithoutValidation("Accept", Accept);
        return message;
    }

    /// <summary>What to print when this request fails: enough to see the problem, the seed replays it exactly.</summary>
    public string Describe()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"[{Category}] {Method} {Truncate(Url, 300)} {ContentType} {Truncate(body, 600)}";
    }

    static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + $"… ({text.Length:N0} chars)";
}

/// <summary>
/// The fuzz categories: valid documents from the schema, almost valid ones (one mutation), deep nesting, alias
/// bombs, fragment bombs, huge strings, bad variables, broken bodies, GET requests and curators' changes.
/// </summary>
public sealed class FuzzCases(SchemaDocuments documents)
{
    static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 40];
    static readonly Gen<byte[]> AnyBytes = Gen.Byte.Array[0, 300];
    const string Punctuation = "{}()[]:$@!.=|&\"\\#,\n\u0000\uFEFF";

    static readonly (int Weight, string Name)[] Categories =
    [
        (25, "valid"), (22, "almost-valid"), (8, "deep"), (8, "alias-bomb"), (4, "fragment-bomb"), (8, "huge-string"), (12, "bad-variables"), (9, "bad-body"), (8, "get"),
        (6, "curation"),
    ];

    public FuzzRequest Next(PCG random)
    {
        var pick = (int)random.Next((uint)Categories.Sum(c => c.Weight));
        var category = Categories.First(c => (pick -= c.Weight) < 0).Name;
        return category switch
        {
            "valid" => Post(category, documents.Operation(random)),
            "almost-valid" => Post(category, Mutate(random, documents.Operation(random))),
            "deep" => Post(category, Deep(random)),
            "alias-bomb" => Post(category, AliasBomb(random)),
            "fragment-bomb" => Post(category, FragmentBomb(random)),
            "curation" => Curation(random),
            "huge-string" => HugeString(random),
            "bad-variables" => BadVariables(random),
            "bad-body" => BadBody(random),
            _ => Get(random),
        };
    }

    static FuzzRequest Post(string category, string query, string? variablesJson = null, string? operationName = null)
    {
        var body = "{\"query\":" + JsonSerializer.Serialize(query) + (variablesJson is null ? "" : ",\"variables\":" + variablesJson) +
                   (operationName is null ? "" : ",\"operationName\":" + JsonSerializer.Serialize(operationName)) + "}";
        return new FuzzRequest(category, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(body));
    }

    /// <summary>One edit of a valid document: a character dropped, doubled or replaced, a name misspelt, a number pushed out of range.</summary>
    static string Mutate(PCG random, string query)
    {
        var at = (int)random.Next((uint)query.Length);
        return random.Next(7) switch
        {
            0 => query.Remove(at, 1),
            1 => query.Insert(at, query[at].ToString()),
            2 => query.Remove(at, 1).Insert(at, Punctuation[(int)random.Next((uint)Punctuation.Length)].ToString()),
            3 => query.Insert(at, AnyText.Generate(random, null!, out _)),
            4 => System.Text.RegularExpressions.Regex.Replace(query, @"\b(first|depth|maxHops|limitPerNode): \d+", m => m.Value.Split(':')[0] + ": " +
                new[] { "0", "-1", "101", "2147483647", "2147483648", "1.5", "\"3\"", "null", "[1]" }[random.Next(9)]),
            5 => System.Text.RegularExpressions.Regex.Replace(query, @"\{ (\w+)", m => "{ " + m.Groups[1].Value + "x", System.Text.RegularExpressions.RegexOptions.None),
            _ => query[..at],
        };
    }

    string Deep(PCG random)
    {
        var levels = 10 + (int)random.Next(400);
        switch (random.Next(5))
        {
            case 0:
                return string.Concat(Enumerable.Repeat("{ a ", levels)) + string.Concat(Enumerable.Repeat("}", levels));
            case 1:
            {
                // Through real fields: node → relations → edges → node → from → …
                string[] cycle = ["relations(first: 2)", "edges", "node", "from"];
                var text = new StringBuilder($"{{ node(id: \"{documents.Id(random)}\") {{");
                var depth = Math.Min(levels, 60);
                for (var i = 0; i < depth; i++) text.Append(' ').Append(cycle[i % 4]).Append(" {");
                text.Append(" __typename");
                for (var i = 0; i <= depth; i++) text.Append(" }");
                return text.Append(" }").ToString();
            }
            case 2:
                return $"{{ nodes(ids: {string.Concat(Enumerable.Repeat("[", levels))}\"government/mexico\"{string.Concat(Enumerable.Repeat("]", levels))}) {{ id }} }}";
            case 3:
                // Fragments that spread each other in a cycle.
                return "query { ...A } fragment A on Query { stats { entities } ...B } fragment B on Query { search(text: \"x\") { score } ...A }";
            default:
                return "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", Math.Min(levels, 120))) + "name" +
                       string.Concat(Enumerable.Repeat(" }", Math.Min(levels, 120))) + " } } } } }";
        }
    }

    string AliasBomb(PCG random)
    {
        var count = 5 + (int)random.Next(300);
        var field = random.Next(4) switch
        {
            0 => $"neighbourhood(id: \"{documents.Id(random)}\", depth: 3, limitPerNode: 100) {{ truncated nodes {{ id }} }}",
            1 => $"paths(from: \"{documents.Id(random)}\", to: \"{documents.Id(random)}\", maxHops: 6, first: 10) {{ hops }}",
            2 => "search(text: \"a\", first: 100) { score entity { name } }",
            _ => "__typename",
        };
        return "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: {field} ")) + "}";
    }

    /// <summary>Fragments that each spread the previous one twice, 2 to 90 levels, under a single entity, a list of them or the root.</summary>
    string FragmentBomb(PCG random)
    {
        var levels = 2 + (int)random.Next(89);
        var directive = new[] { "", "", " @skip(if: true)", " @include(if: false)", " @include(if: true)" }[random.Next(5)];
        return random.Next(3) switch
        {
            0 => Infrastructure.FragmentBomb.Doubling(levels, directive, $"node(id: \"{documents.Id(random)}\")"),
            1 => Infrastructure.FragmentBomb.Doubling(levels, directive, $"nodes(ids: [\"{documents.Id(random)}\", \"{documents.Id(random)}\"])"),
            _ => Infrastructure.FragmentBomb.Doubling(levels, directive, root: null, type: "Query", leaf: "stats { entities }"),
        };
    }

    /// <summary>
    /// Changes from a curator, 8 at a time with everything else: new entities (checked afterwards: each one acknowledged
    /// is there exactly once), the same with one edit, relations with made-up evidence, two changes in one document.
    /// </summary>
    FuzzRequest Curation(PCG random)
    {
        var id = $"company/fuzz-{random.Next():x8}{random.Next():x8}";
        var create = $$"""mutation { createEntity(id: "{{id}}", fields: { name: "Fuzz {{random.Next(1000)}}", country: "government/canada" }) { change { sequence } entity { id } } }""";
        var request = random.Next(4) switch
        {
            0 or 1 => Post("curation", create) with { Creates = id },
            2 => Post("curation", Mutate(random, create)),
            _ => Post("curation", random.Next(2) == 0
                ? $$"""mutation { assertRelation(input: { kind: PRODUCES, from: "{{documents.Id(random)}}", to: "mineral/lithium", evidence: [{ source: "source/editors-note-canada-mexico-minerals", quote: {{JsonSerializer.Serialize(AnyText.Generate(random, null!, out _))}} }] }) { relation { id } } }"""
                : $$"""mutation { a: createEntity(id: "{{id}}-a", fields: { name: "A" }) { entity { id } } b: createEntity(id: "{{id}}-b", fields: { name: "B" }) { entity { id } } }"""),
        };
        return request with { Key = Infrastructure.ICurationServerFixture.CuratorKey };
    }

    FuzzRequest HugeString(PCG random)
    {
        var size = random.Next(4) switch { 0 => 1_000, 1 => 19_000, 2 => 25_000, _ => 150_000 };
        var text = new string((char)('a' + random.Next(26)), (int)size);
        return random.Next(4) switch
        {
            0 => Post("huge-string", $"{{ search(text: {JsonSerializer.Serialize(text)}) {{ score }} }}"),
            1 => Post("huge-string", "query($t: String!) { search(text: $t) { score } }", JsonSerializer.Serialize(new { t = text })),
            2 => Post("huge-string", "{ __typename } #" + text),
            _ => Post("huge-string", $"{{ node(id: {JsonSerializer.Serialize("government/" + text)}) {{ id }} }}"),
        };
    }

    FuzzRequest BadVariables(PCG random)
    {
        string[] queries =
        [
            "query($id: ID!) { node(id: $id) { id name } }",
            "query($n: Int) { governments(first: $n) { nodes { id } } }",
            "query($d: Date) { node(id: \"government/mexico\") { relations(asOf: $d) { totalCount } } }",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "query($k: [RelationKind!]) { neighbourhood(id: \"government/mexico\", kinds: $k) { truncated } }",
            "query($t: String!, $f: Int) { search(text: $t, first: $f) { score } }",
        ];
        string[] values =
        [
            "null", "1", "-1", "0", "101", "1e400", "2147483648", "1.5", "\"x\"", "\"\"", "true", "[]", "[null]", "[1,2,3]", "{}", "{\"a\":1}",
            "\"2025-02-30\"", "\"9999-99-99\"", "\"government/mexico\"", "[\"" + new string('i', 50) + "\"]",
            string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)),
            "[" + string.Join(",", Enumerable.Range(0, 150).Select(i => $"\"government/g{i}\"")) + "]",
            "\"\\ud800\"", "\"HOLDS_POSITION\"", "[\"NOT_A_KIND\"]",
        ];
        var query = queries[random.Next((uint)queries.Length)];
        var names = new[] { "id", "n", "d", "ids", "k", "t", "f", "extra" };
        var variables = random.Next(6) switch
        {
            0 => values[random.Next((uint)values.Length)], // variables that are not an object
            1 => "{" + string.Join(",", Enumerable.Range(0, 1 + (int)random.Next(3)).Select(_ => $"\"{names[random.Next((uint)names.Length)]}\":{values[random.Next((uint)values.Length)]}")) + "}",
            2 => "{}",
            3 => "{\"id\":" + new string('[', 70) + new string(']', 70) + "}",
            _ => "{" + string.Join(",", names.Select(n => $"\"{n}\":{values[random.Next((uint)values.Length)]}")) + "}",
        };
        return Post("bad-variables", query, variables, random.Next(8) == 0 ? "Nope" : null);
    }

    FuzzRequest BadBody(PCG random)
    {
        string[] bodies =
        [
            "", " ", "null", "[]", "[{\"query\":\"{ __typename }\"}]", "{", "{\"query\":", "{\"query\": 5}", "{\"query\": null}", "{\"query\": [\"{ a }\"]}",
            "{\"query\": {\"a\": 1}}", "{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "{\"query\": \"{ __typename }\", \"variables\": [1]}",
            "{\"query\": \"{ __typename }\", \"operationName\": 5}", "{\"query\": \"{ __typename }\", \"extensions\": 7}", "{\"query\": \"\"}",
            "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\", \"query\": \"{ stats { entities } }\"}",
            "\"{ __typename }\"", "12", "true", "{\"query\": \"{ __typename }\", \"variables\": {\"a\": 1e999}}", "{\"query\": \"\\ud800\"}",
        ];
        return random.Next(4) switch
        {
            0 => new FuzzRequest("bad-body", HttpMethod.Post, "/graphql", AnyBytes.Generate(random, null!, out _)),
            1 => new FuzzRequest("bad-body", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(documents.Operation(random)),
                new[] { "application/graphql", "text/plain", null, "application/json; charset=latin1", "multipart/form-data" }[random.Next(5)]),
            2 => new FuzzRequest("bad-body", new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post }[random.Next(4)], "/graphql",
                Encoding.UTF8.GetBytes(bodies[random.Next((uint)bodies.Length)]), Accept: new[] { null, "text/csv", "application/json", "*/*;q=0" }[random.Next(4)]),
            _ => new FuzzRequest("bad-body", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(bodies[random.Next((uint)bodies.Length)])),
        };
    }

    FuzzRequest Get(PCG random)
    {
        var query = random.Next(3) == 0 ? Mutate(random, documents.Operation(random)) : documents.Operation(random);
        var url = "/graphql?query=" + Uri.EscapeDataString(query);
        if (random.Next(4) == 0) url += "&variables=" + Uri.EscapeDataString(new[] { "{", "[1]", "{\"a\":1}", "null", "x" }[random.Next(5)]);
        if (random.Next(6) == 0) url += "&operationName=" + Uri.EscapeDataString(AnyText.Generate(random, null!, out _));
        return new FuzzRequest("get", HttpMethod.Get, url, null, null, new[] { null, "application/json", "application/graphql-response+json" }[random.Next(3)]);
    }
}
