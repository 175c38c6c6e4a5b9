namespace MineralGraph.Domain.Model;

/// <summary>
/// Which relation kinds are ties between actors and which are topical, with the reason for each: written once, read
/// by the path search of both stores, the ranking and the API. A chain of actor ties says who met whom, who leads what,
/// who is a member of what; a topical tie only says that two things concern the same subject, and through a subject
/// such as lithium nearly everything is a few hops from everything.
/// <para>Minerals are subjects, never actors: a tie touching a mineral is topical whatever its kind (only PART_OF,
/// dysprosium ⊂ rare earth elements, can touch one among the actor kinds).</para>
/// </summary>
public static class TieClasses
{
    /// <summary>Each kind's class and why, in the order of <see cref="RelationKind"/>.</summary>
    public static readonly IReadOnlyDictionary<RelationKind, (TieClass Class, string Reason)> ByKind = new Dictionary<RelationKind, (TieClass, string)>
    {
        [RelationKind.HoldsPosition] = (TieClass.Actor, "a person holds a post in a government, agency, company or agreement: who speaks for whom"),
        [RelationKind.MemberOf] = (TieClass.Actor, "a government, agency or company signed or joined an agreement: a commitment between actors"),
        [RelationKind.Announced] = (TieClass.Actor, "an actor made an agreement, project, measure or event public: it answers for it"),
        [RelationKind.TookPartIn] = (TieClass.Actor, "an actor was at a meeting or event: who met whom"),
        [RelationKind.Covers] = (TieClass.Topical, "an agreement, measure, project or event concerns a mineral: a shared subject, not an act"),
        [RelationKind.Produces] = (TieClass.Topical, "a producer mines a mineral: every producer of it would be joined through it"),
        [RelationKind.Processes] = (TieClass.Topical, "a processor handles a mineral: a shared subject"),
        [RelationKind.Refines] = (TieClass.Topical, "a refiner refines a mineral: a shared subject"),
        [RelationKind.HoldsReserves] = (TieClass.Topical, "a holder has reserves of a mineral: geology, not a dealing between actors"),
        [RelationKind.Restricts] = (TieClass.Topical, "a measure or government restricts a mineral: it says what is restricted, not whom it binds"),
        [RelationKind.ImposedBy] = (TieClass.Actor, "a government or agency imposed a measure: it answers for it"),
        [RelationKind.Operates] = (TieClass.Actor, "an actor runs a project"),
        [RelationKind.Owns] = (TieClass.Actor, "an actor owns a company or project, or a stake in it"),
        [RelationKind.Funds] = (TieClass.Actor, "money went from one actor to another's project, company or agreement"),
        [RelationKind.ModelledOn] = (TieClass.Actor, "one agreement, project or measure was designed after another: a lineage its authors chose"),
        [RelationKind.Succeeds] = (TieClass.Actor, "one agreement replaced another between the same parties"),
        [RelationKind.PartOf] = (TieClass.Actor, "an agency inside a government, a project inside a programme, a meeting inside a process (between two minerals it is topical: a subject inside a subject)"),
        [RelationKind.BasedIn] = (TieClass.Actor, "a company, agency or project is under a government's jurisdiction"),
        [RelationKind.RespondsTo] = (TieClass.Actor, "an agreement, project, measure or event answers a measure or agreement: one actor's move against another's"),
        [RelationKind.StatesPosition] = (TieClass.Actor, "a person, government, agency or company said where it stands on an agreement, project, measure or government: an act of speech it answers for"),
        [RelationKind.Affects] = (TieClass.Actor, "a measure or agreement bears on a government, agency, company or project: whom one actor's move reaches"),
        [RelationKind.AssociatedWith] = (TieClass.Topical, "the source links two initiatives without saying how (\"G7-linked\"): too loose to stand for a dealing between actors"),
        [RelationKind.Dominates] = (TieClass.Topical, "a government or company dominates a stage of a mineral's supply: a market position, about a subject"),
    };

    /// <summary>The kinds whose ties join actors (a tie of these kinds touching a mineral is still topical).</summary>
    public static readonly IReadOnlyList<RelationKind> ActorKinds = ByKind.Where(p => p.Value.Class == TieClass.Actor).Select(p => p.Key).ToList();

    /// <summary>The class of a tie of <paramref name="kind"/> from an entity of kind <paramref name="from"/> to one of kind <paramref name="to"/>.</summary>
    public static TieClass Of(RelationKind kind, EntityKind from, EntityKind to) =>
        from == EntityKind.Mineral || to == EntityKind.Mineral ? TieClass.Topical : ByKind[kind].Class;

    /// <summary>The class of <paramref name="relation"/>, its ends' kinds read from their ids.</summary>
    public static TieClass Of(Relation relation) =>
        Of(relation.Kind, EntityKinds.OfId(relation.From) ?? EntityKind.Source, EntityKinds.OfId(relation.To) ?? EntityKind.Source);
}
