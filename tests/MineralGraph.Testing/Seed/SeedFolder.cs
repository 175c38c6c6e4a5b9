namespace MineralGraph.Testing.Seed;

/// <summary>A small seed written to a temp folder; tests overwrite one file to break one rule.</summary>
public sealed class SeedFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mg-seed-").FullName;

    public const string Document = "Mexican Secretary of the Economy Marcelo Ebrard announced the initiative.\nCanada’s minister met “partners” in Mexico City – in February.\n";

    /// <summary>The passages held for source/outside, as read from a stored copy of an outside page.</summary>
    public const string Passages = """
        - url: https://example.org/doc
          read: 2026-12-02
          passages:
            - Mexico's Secretaría de Economía is part of the government of Mexico.
        """;

    public const string Sources = """
        - id: source/test-article
          name: Test article
          publisher: Test Publisher
          date: 2026-02
          file: documents/article.txt
          origin: seed
        - id: source/outside
          name: An outside document
          publisher: Someone
          url: https://example.org/doc
          file: passages/outside.yaml
          origin: external
        """;

    public const string Entities = """
        - id: government/mexico
          name: Mexico
          aliases: [México]
          description: A country.
          type: country
        - id: agency/secretaria-de-economia
          name: Secretaría de Economía
          description: Mexico's economy ministry.
          country: government/mexico
        - id: official/marcelo-ebrard
          name: Marcelo Ebrard
          description: A Mexican official.
          country: government/mexico
        """;

    public const string Relations = """
        - id: rel/ebrard-secretary
          kind: HOLDS_POSITION
          from: official/marcelo-ebrard
          to: agency/secretaria-de-economia
          role: Secretary of the Economy
          since: 2024-10-01
          current: true
          evidence:
            - source: source/test-article
              quote: Mexican Secretary of the Economy Marcelo Ebrard
        - id: rel/agency-part-of-mexico
          kind: PART_OF
          from: agency/secretaria-de-economia
          to: government/mexico
          evidence:
            - source: source/outside
              quote: part of the government
        """;

    public SeedFolder(string? sources = Sources, string? entities = Entities, string? relations = Relations)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "documents"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "entities"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "relations"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "passages"));
        File.WriteAllText(System.IO.Path.Combine(Path, "documents", "article.txt"), Document);
        Write("passages/outside.yaml", Passages);
        if (sources is not null) Write("sources.yaml", sources);
        if (entities is not null) Write("entities/main.yaml", entities);
        if (relations is not null) Write("relations/main.yaml", relations);
    }

    public SeedFolder Write(string relativePath, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, relativePath), content.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
