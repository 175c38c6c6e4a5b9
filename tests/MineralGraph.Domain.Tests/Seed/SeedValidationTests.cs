using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Testing.Seed;

namespace MineralGraph.Domain.Tests.Seed;

/// <summary>Each rule of the seed validator, shown on a fixture broken in exactly one place.</summary>
public sealed class SeedValidationTests
{
    static SeedError SingleError(SeedFolder folder)
    {
        var result = SeedLoader.Load(folder.Path);
        Assert.False(result.IsValid);
        Assert.Null(result.Graph);
        return Assert.Single(result.Errors);
    }

    static void AssertError(SeedError error, string file, int line, string field, string messagePart)
    {
        Assert.Equal((file, line, field), (error.File, error.Line, error.Field));
        Assert.Contains(messagePart, error.Message);
    }

    [Fact]
    public void Load_ValidFixture_ReturnsGraphWithSourcesFilledIn()
    {
        using var folder = new SeedFolder();
        var result = SeedLoader.Load(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var graph = result.Graph!;
        Assert.Equal(5, graph.Entities.Count);
        var relation = graph.Relations.Single(r => r.Id == "rel/ebrard-secretary");
        Assert.Equal(RelationKind.HoldsPosition, relation.Kind);
        Assert.Equal("2024-10-01", relation.Since.ToString());
        Assert.Equal(Truth.True, relation.IsCurrent);
        Assert.Equal("Test article", relation.Evidence[0].Source!.Name);
    }

    [Fact]
    public void Load_DuplicateEntityId_NamesSecondDefinition()
    {
        using var folder = new SeedFolder().Write("entities/more.yaml", """
            - id: government/mexico
              name: Mexico again
              description: Duplicate.
            """);
        AssertError(SingleError(folder), "entities/more.yaml", 1, "id", "duplicate id 'government/mexico', first defined at entities/main.yaml:1");
    }

    [Fact]
    public void Load_DuplicateRelationId_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/more.yaml", """
            - id: rel/ebrard-secretary
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/more.yaml", 1, "id", "duplicate id 'rel/ebrard-secretary'");
    }

    [Theory]
    [InlineData("official/Marcelo-Ebrard", "is not of the form kind/slug")]
    [InlineData("person/marcelo-ebrard", "does not start with a known kind")]
    [InlineData("official/marcelo_ebrard", "is not of the form kind/slug")]
    public void Load_MalformedEntityId_IsReported(string id, string message)
    {
        using var folder = new SeedFolder(relations: "[]").Write("entities/more.yaml", $"""
            - name: Someone
              description: x
              id: {id}
            """);
        AssertError(SingleError(folder), "entities/more.yaml", 3, "id", message);
    }

    [Fact]
    public void Load_RelationEndMissing_NamesTheField()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/atlantis
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 4, "to", "'government/atlantis' is not an entity in the seed");
    }

    [Fact]
    public void Load_RelationKindNotAllowedForEnds_ListsAllowedEnds()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: MEMBER_OF
              from: official/marcelo-ebrard
              to: government/mexico
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 2, "kind", "MEMBER_OF cannot go from an official to a government");
    }

    [Fact]
    public void Load_UnknownRelationKind_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: LIKES
              from: official/marcelo-ebrard
              to: government/mexico
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 2, "kind", "'LIKES' is not a relation kind");
    }

    [Theory]
    [InlineData("since: 2025-02-30", "since", "'2025-02-30' is not a valid date")]
    [InlineData("since: 25-02", "since", "'25-02' is not a valid date")]
    [InlineData("until: 2025-13", "until", "'2025-13' is not a valid date")]
    public void Load_InvalidDate_IsReported(string line, string field, string message)
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", $"""
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              {line}
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 5, field, message);
    }

    [Fact]
    public void Load_UntilBeforeSince_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              since: 2024-10
              until: 2024-09-30
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 6, "until", "until 2024-09-30 is before since 2024-10");
    }

    [Fact]
    public void Load_RelationWithoutEvidence_IsInvalid()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 1, "evidence", "a relation needs at least one evidence item");
    }

    [Fact]
    public void Load_EmptyEvidenceList_IsInvalid()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              evidence: []
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 5, "evidence", "must hold at least one evidence item");
    }

    [Fact]
    public void Load_EvidenceFromUnknownSource_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              evidence:
                - source: source/rumour
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 6, "evidence[0].source", "'source/rumour' is not a source in sources.yaml");
    }

    [Fact]
    public void Load_EvidenceWithoutQuote_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              evidence:
                - source: source/outside
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 6, "evidence[0].quote", "is required");
    }

    [Fact]
    public void Load_QuoteNotInDocument_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: HOLDS_POSITION
              from: official/marcelo-ebrard
              to: agency/secretaria-de-economia
              evidence:
                - source: source/outside
                  quote: part of the government
                - source: source/test-article
                  locator: paragraph 1
                  quote: Ebrard resigned
            """);
        AssertError(SingleError(folder), "relations/main.yaml", 10, "evidence[1].quote", "not found in documents/article.txt: \"Ebrard resigned\"");
    }

    /// <summary>relations/main.yaml holding one PART_OF relation citing <paramref name="source"/>; its quote is on line 7.</summary>
    static string AgencyPartOfMexico(string source, string quote) => $"""
        - id: rel/x
          kind: PART_OF
          from: agency/secretaria-de-economia
          to: government/mexico
          evidence:
            - source: {source}
              quote: {quote}
        """;

    [Fact]
    public void Load_QuoteOfOutsideSourceNotInItsPassages_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", AgencyPartOfMexico("source/outside", "example.org/doc"));
        // The copy's address is in the passages file but not in a passage: only the passages are held text.
        AssertError(SingleError(folder), "relations/main.yaml", 7, "evidence[0].quote", "not found in passages/outside.yaml: \"example.org/doc\"");
    }

    [Fact]
    public void Load_QuoteOfSourceHoldingNoText_IsReported()
    {
        using var folder = new SeedFolder().Write("sources.yaml", SeedFolder.Sources + """

            - id: source/unheld
              name: A page nobody kept
              url: https://example.org/gone
              origin: external
            """).Write("relations/main.yaml", AgencyPartOfMexico("source/unheld", "part of the government"));
        AssertError(SingleError(folder), "relations/main.yaml", 7, "evidence[0].quote", "cannot be checked: source/unheld holds no text");
    }

    [Fact]
    public void Load_QuoteRunningFromOnePassageIntoTheNext_IsNotFound()
    {
        using var folder = new SeedFolder().Write("passages/outside.yaml", """
            - url: https://example.org/doc
              read: 2026-12-02
              passages:
                - Mexico's Secretaría de Economía is part of the government of Mexico.
                - Its head is the Secretary of the Economy.
            """).Write("relations/main.yaml", AgencyPartOfMexico("source/outside", "government of Mexico. Its head"));
        AssertError(SingleError(folder), "relations/main.yaml", 7, "evidence[0].quote", "not found in passages/outside.yaml");
    }

    [Theory]
    [InlineData("  read: 2026-12-02\n  passages: []", 1, "passages", "at least one passage")]
    [InlineData("  passages: [Mexico's Secretaría de Economía is part of the government of Mexico.]", 1, "read", "is required")]
    [InlineData("  read: 2026-12\n  passages: [Mexico's Secretaría de Economía is part of the government of Mexico.]", 2, "read", "is not a day")]
    [InlineData("  read: 2026-12-02\n  passages: [Mexico's Secretaría de Economía is part of the government of Mexico.]\n  note: x", 4, "note", "unknown field for a copy read")]
    public void Load_PassagesFileMissingWhatACopyNeeds_NamesFileLineField(string rest, int line, string field, string message)
    {
        using var folder = new SeedFolder(relations: "[]").Write("passages/outside.yaml", "- url: https://example.org/doc\n" + rest);
        AssertError(SingleError(folder), "passages/outside.yaml", line, field, message);
    }

    [Fact]
    public void Load_PassageLongerThanFairQuotation_IsReported()
    {
        var whole = string.Join(" ", Enumerable.Repeat("Mexico's Secretaría de Economía is part of the government of Mexico.", 40));
        using var folder = new SeedFolder().Write("passages/outside.yaml", $"""
            - url: https://example.org/doc
              read: 2026-12-02
              passages:
                - {whole}
            """);
        AssertError(SingleError(folder), "passages/outside.yaml", 3, "passages", $"keep at most {HeldText.MaxPassageLength}");
    }

    [Fact]
    public void Load_QuoteDiffersOnlyInQuoteMarksDashesCaseAndSpaces_IsFound()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: HOLDS_POSITION
              from: official/marcelo-ebrard
              to: agency/secretaria-de-economia
              evidence:
                - source: source/test-article
                  quote: "CANADA'S minister met \"partners\"   in Mexico City - in February"
            """);
        var result = SeedLoader.Load(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_DisputedByUnknownRelation_IsReported()
    {
        using var folder = new SeedFolder().Write("relations/more.yaml", """
            - id: rel/claim
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              disputedBy: [rel/nothing]
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        AssertError(SingleError(folder), "relations/more.yaml", 5, "disputedBy", "'rel/nothing' is not a relation in the seed");
    }

    [Fact]
    public void Load_DisputeNamedOnOneSide_IsMadeSymmetric()
    {
        using var folder = new SeedFolder().Write("relations/more.yaml", """
            - id: rel/claim
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              disputedBy: [rel/ebrard-secretary]
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        var graph = SeedLoader.LoadValid(folder.Path);
        Assert.Equal(["rel/ebrard-secretary"], graph.Relations.Single(r => r.Id == "rel/claim").DisputedBy);
        Assert.Equal(["rel/claim"], graph.Relations.Single(r => r.Id == "rel/ebrard-secretary").DisputedBy);
    }

    [Fact]
    public void Load_UnknownField_ListsAllowedFields()
    {
        using var folder = new SeedFolder(relations: "[]").Write("entities/more.yaml", """
            - id: official/someone
              name: Someone
              description: x
              birthday: 1970
            """);
        AssertError(SingleError(folder), "entities/more.yaml", 4, "birthday", "unknown field for an official; allowed: aliases, country, description, formerIds, id, name");
    }

    [Fact]
    public void Load_CountryThatIsNotAGovernment_IsReported()
    {
        using var folder = new SeedFolder(relations: "[]").Write("entities/more.yaml", """
            - id: official/someone
              name: Someone
              description: x
              country: agency/secretaria-de-economia
            """);
        AssertError(SingleError(folder), "entities/more.yaml", 4, "country", "'agency/secretaria-de-economia' is not a government in the seed");
    }

    [Theory]
    [InlineData("type: empire", "type", "'empire' is not allowed; use one of: trade-agreement")]
    [InlineData("status: rumoured", "status", "'rumoured' is not allowed; use one of: active")]
    public void Load_ValueOutsideClosedSet_IsReported(string line, string field, string message)
    {
        using var folder = new SeedFolder(relations: "[]").Write("entities/more.yaml", $"""
            - id: agreement/pact
              name: A pact
              description: x
              {line}
            """);
        AssertError(SingleError(folder), "entities/more.yaml", 4, field, message);
    }

    [Fact]
    public void Load_MissingName_IsReported()
    {
        using var folder = new SeedFolder(relations: "[]").Write("entities/more.yaml", """
            - id: official/nameless
              description: x
            """);
        AssertError(SingleError(folder), "entities/more.yaml", 1, "name", "is required");
    }

    [Fact]
    public void Load_SourceFileMissing_IsReported()
    {
        using var folder = new SeedFolder(relations: "[]").Write("sources.yaml", """
            - id: source/test-article
              name: Test article
              origin: seed
              file: documents/missing.txt
            """);
        AssertError(SingleError(folder), "sources.yaml", 4, "file", "'documents/missing.txt' is not a file inside the seed folder");
    }

    [Fact]
    public void Load_YamlSyntaxError_NamesTheLine()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
                from: [unclosed
            """);
        var error = SingleError(folder);
        Assert.Equal(("relations/main.yaml", "(yaml)"), (error.File, error.Field));
        Assert.InRange(error.Line, 2, 4);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllAtOnceAndLoadsNothing()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/a
              kind: PART_OF
              from: agency/nowhere
              to: government/mexico
              evidence:
                - source: source/outside
                  quote: part of the government
            - id: rel/b
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/mexico
              since: 2025-99
            """);
        var result = SeedLoader.Load(folder.Path);
        Assert.Null(result.Graph);
        Assert.Equal(
            [("relations/main.yaml", 3, "from"), ("relations/main.yaml", 8, "evidence"), ("relations/main.yaml", 12, "since")],
            result.Errors.Select(e => (e.File, e.Line, e.Field)));
        Assert.Throws<InvalidSeedException>(() => SeedLoader.LoadValid(folder.Path));
    }
}
