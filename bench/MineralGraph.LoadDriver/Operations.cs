using System.Text;
using System.Text.Json;

namespace MineralGraph.LoadDriver;

/// <summary>One kind of request the driver sends; variants rotate so the server cannot answer from one hot entry.</summary>
public sealed record Operation(string Name, IReadOnlyList<byte[]> Bodies)
{
    static byte[] Body(string query, object variables) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables }));

    public static IReadOnlyList<Operation> All { get; } =
    [
        new("node-by-id", new[] { "official/marcelo-ebrard", "government/mexico", "agreement/usmca", "mineral/lithium", "company/mp-materials" }
            .Select(id => Body("query Node($id: ID!) { node(id: $id) { id name kind aliases } }", new { id })).ToList()),
        new("search", new[] { "T-MEC", "lithium", "Ebrard", "rare earth", "cusma" }
            .Select(text => Body("query Search($text: String!) { search(text: $text, first: 5) { score matchedName entity { id name kind } } }", new { text })).ToList()),
        new("neighbourhood(2)", new[] { "government/mexico", "government/canada", "agreement/minerals-security-partnership", "official/claudia-sheinbaum" }
            .Select(id => Body("query Hood($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id kind label } edges { id source target kind label validity } } }", new { id })).ToList()),
        new("paths", new[] { ("official/claudia-sheinbaum", "agreement/minerals-security-partnership"), ("official/marcelo-ebrard", "government/china"), ("government/mexico", "mineral/dysprosium") }
            .Select(p => Body("query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { hops steps { from { id } to { id } direction relation { id kind evidence { quote source { title url } } } } } }",
                new { from = p.Item1, to = p.Item2 })).ToList()),
        new("paths-strength", new[] { ("official/claudia-sheinbaum", "agreement/minerals-security-partnership"), ("official/marcelo-ebrard", "government/china"), ("company/mp-materials", "government/canada") }
            .Select(p => Body("query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { hops strength through explanation weakestStep { position } steps { from { id } to { id } direction strength { score reasons } relation { id kind evidence { quote source { title url } } } } } }",
                new { from = p.Item1, to = p.Item2 })).ToList()),
        // Three hubs: on the 1M synthetic graph each of these governments has tens of thousands of ties.
        new("commonTies(3 hubs)", new[] { new[] { "government/mexico", "government/canada", "government/united-states" }, new[] { "government/china", "government/japan", "government/canada" } }
            .Select(ids => Body("query Common($ids: [ID!]!) { commonTies(ids: $ids, first: 10) { entity { id name } strength ties { with { id } strength { score } relation { id kind evidence { quote } } } } }", new { ids })).ToList()),
        new("alliesSharingCapacity", new[] { "REFINING", "PROCESSING", "MINING" }
            .Select(stage => Body("query Allies($stage: CapacityStage) { alliesSharingCapacity(stage: $stage) { alliance { name } members { government { name } membership { evidence { quote } } holdings { holder { name } mineral { name } capacity { kind evidence { quote source { title } } } } } minerals { mineral { name } restriction { evidence { quote } } } } }",
                new { stage })).ToList()),
    ];
}
