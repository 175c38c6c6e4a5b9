using System.Text.Json.Serialization;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// A change a curator asks for. Values arrive as written (strings), so that every problem can be reported
/// against the field it is in. A client-chosen <see cref="IdempotencyKey"/> makes a retried request apply once.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(AddSource), "addSource")]
[JsonDerivedType(typeof(CreateEntity), "createEntity")]
[JsonDerivedType(typeof(UpdateEntity), "updateEntity")]
[JsonDerivedType(typeof(MergeEntities), "mergeEntities")]
[JsonDerivedType(typeof(AssertRelation), "assertRelation")]
[JsonDerivedType(typeof(RetractRelation), "retractRelation")]
public abstract record CurationCommand
{
    public string? IdempotencyKey { get; init; }

    /// <summary>The operation's name in history (<c>assertRelation</c>).</summary>
    [JsonIgnore]
    public abstract string Operation { get; }
}

/// <summary>A document: its metadata and, optionally, its full text (quotes citing it are then checked against it).</summary>
public sealed record AddSource(string Id, string Title) : CurationCommand
{
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
    public string? Description { get; init; }
    public string? Text { get; init; }
    public override string Operation => "addSource";
}

/// <summary>The fields of an entity as a curator writes them; null leaves a field as it is (on update).</summary>
public sealed record EntityFieldsInput
{
    public string? Name { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? Description { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public string? Country { get; init; }
    public string? Iso { get; init; }
    public string? Symbol { get; init; }
    public string? Place { get; init; }
    public string? Date { get; init; }
    /// <summary>What <see cref="Date"/> is the date of (announced, signed, in-force …).</summary>
    public string? DateRole { get; init; }
    /// <summary>The source's own words for <see cref="Date"/> ("second half of 2026").</summary>
    public string? DateText { get; init; }
    /// <summary>True when the source gives <see cref="Date"/> as still to come.</summary>
    public bool? DateExpected { get; init; }
    /// <summary>Further dated steps, each with its role; replaces the whole list when given.</summary>
    public IReadOnlyList<DateInput>? Dates { get; init; }
}

/// <summary>A dated step as a curator writes it: the value, its role, the source's words and whether it is still to come.</summary>
public sealed record DateInput(string? Value, string? Role, string? Text = null, bool? Expected = null);

public sealed record CreateEntity(string Id, EntityFieldsInput Fields) : CurationCommand
{
    public override string Operation => "createEntity";
}

public sealed record UpdateEntity(string Id, EntityFieldsInput Fields) : CurationCommand
{
    public override string Operation => "updateEntity";
}

/// <summary>Two entities that are the same: <see cref="MergedId"/>'s aliases and relations move to <see cref="SurvivorId"/>, and its id keeps resolving there.</summary>
public sealed record MergeEntities(string SurvivorId, string MergedId) : CurationCommand
{
    public override string Operation => "mergeEntities";
}

public sealed record EvidenceInput(string? Source, string? Quote, string? Locator = null, string? ReportedBy = null);

/// <summary>A figure as a curator writes it; the rules check every part (<see cref="CurationRules"/>).</summary>
public sealed record AmountInput
{
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
    /// <summary>exactly (the default), about, more-than or up-to.</summary>
    public string? Qualifier { get; init; }
    public string? Basis { get; init; }
    public string? Date { get; init; }
    public string? Text { get; init; }
}

/// <summary>A new tie; refused unless it carries at least one evidence item. Without an id, one is made from its ends.</summary>
public sealed record AssertRelation : CurationCommand
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Role { get; init; }
    public string? Since { get; init; }
    /// <summary>The source's own words for <see cref="Since"/>.</summary>
    public string? SinceText { get; init; }
    /// <summary>True when the source gives the tie's start as still to come.</summary>
    public bool? SinceExpected { get; init; }
    public string? Until { get; init; }
    public string? UntilText { get; init; }
    /// <summary>True when the source gives the tie's end as still to come.</summary>
    public bool? UntilExpected { get; init; }
    public string? Current { get; init; }
    /// <summary>True when the evidence says the tie does not hold.</summary>
    public bool? Denied { get; init; }
    public AmountInput? Amount { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<string>? DisputedBy { get; init; }
    public IReadOnlyList<EvidenceInput>? Evidence { get; init; }
    public override string Operation => "assertRelation";
}

/// <summary>Withdraws a tie: it is kept, marked retracted with the reason and the curator, and left out of queries by default.</summary>
public sealed record RetractRelation(string Id, string Reason) : CurationCommand
{
    public override string Operation => "retractRelation";
}
