using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// A source's citations (<c>Source.citations</c>) as curators change the graph, on both stores: a curated relation
/// citing it appears, a retracted one goes, a relation moved by a merge stays with its new end.
/// </summary>
public abstract partial class CurationContractTests
{
    const string Wire = "source/wire-citations";

    static async Task<List<(string Id, string From, string Quote)>> CitationsAsync(IGraphStore read, string source = Wire)
    {
        var held = Assert.Single(await read.GetHeldSourcesAsync([source]));
        Assert.NotNull(held);
        return held.Citations.Select(c => (c.Relation.Id, c.Relation.From, c.Quote)).Order().ToList();
    }

    [Fact]
    public async Task Citations_FollowCuratedRelationsRetractionsAndMerges()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new AddSource(Wire, "Wire report on refiners")
        {
            Publisher = "Wire", Date = "2026-03-02",
            Text = "Japan refines dysprosium at a new plant. NPM Estonia refines dysprosium too, its owner says.",
        }, Ana);
        Assert.Empty(await CitationsAsync(read));

        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/japan-refines-dysprosium-wire", Kind = "REFINES", From = "government/japan", To = "mineral/dysprosium",
            Evidence = [new EvidenceInput(Wire, "Japan refines dysprosium at a new plant")],
        }, Ana);
        await write.ApplyAsync(new CreateEntity("company/npm-estonia", new EntityFieldsInput { Name = "NPM Estonia", Description = "Duplicate entry." }), Ana);
        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/npm-estonia-refines-dysprosium-wire", Kind = "REFINES", From = "company/npm-estonia", To = "mineral/dysprosium",
            Evidence = [new EvidenceInput(Wire, "NPM Estonia refines dysprosium too"), new EvidenceInput("source/fixture-article", "Neo Performance Materials refines terbium")],
        }, Ana);
        Assert.Equal(
            [("rel/japan-refines-dysprosium-wire", "government/japan", "Japan refines dysprosium at a new plant"),
             ("rel/npm-estonia-refines-dysprosium-wire", "company/npm-estonia", "NPM Estonia refines dysprosium too")],
            await CitationsAsync(read));
        Assert.Contains(await CitationsAsync(read, "source/fixture-article"), c => c.Id == "rel/npm-estonia-refines-dysprosium-wire");

        await write.ApplyAsync(new MergeEntities("company/neo-performance", "company/npm-estonia"), Ana);
        Assert.Equal(
            [("rel/japan-refines-dysprosium-wire", "government/japan", "Japan refines dysprosium at a new plant"),
             ("rel/npm-estonia-refines-dysprosium-wire", "company/neo-performance", "NPM Estonia refines dysprosium too")],
            await CitationsAsync(read));

        await write.ApplyAsync(new RetractRelation("rel/japan-refines-dysprosium-wire", "the plant is not built"), Ana);
        Assert.Equal([("rel/npm-estonia-refines-dysprosium-wire", "company/neo-performance", "NPM Estonia refines dysprosium too")], await CitationsAsync(read));
        Assert.Contains(await CitationsAsync(read, "source/fixture-article"), c => c.Id == "rel/npm-estonia-refines-dysprosium-wire");

        // The ids those changes named are all known to the log (a retracted relation, a merged id), and scoped by them.
        var page = await write.ChangesAsync(new ChangesQuery(0, Ids: ["rel/japan-refines-dysprosium-wire", "company/npm-estonia"]));
        Assert.Equal(["assertRelation", "createEntity", "assertRelation", "mergeEntities", "retractRelation"], page.Items.Select(c => c.Operation));
        Assert.Equal(["assertRelation"], (await write.HistoryAsync("rel/npm-estonia-refines-dysprosium-wire")).Select(c => c.Operation));
    }
}
