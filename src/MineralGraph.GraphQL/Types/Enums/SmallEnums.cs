using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;

namespace MineralGraph.GraphQL.Types.Enums;

public sealed class RelationDirectionEnum : EnumerationGraphType
{
    public RelationDirectionEnum()
    {
        Name = "RelationDirection";
        Description = "Which way a relation points, seen from the entity asked about.";
        Add("OUTGOING", RelationDirection.Outgoing, "The entity is the relation's `from`.");
        Add("INCOMING", RelationDirection.Incoming, "The entity is the relation's `to`.");
        Add("BOTH", RelationDirection.Both, "Either end.");
    }
}

public sealed class EntitySortEnum : EnumerationGraphType
{
    public EntitySortEnum()
    {
        Name = "EntitySort";
        Description = "The order of a list of entities. Ties are broken by id.";
        Add("NAME_ASC", EntitySort.NameAsc, "By name, A to Z.");
        Add("NAME_DESC", EntitySort.NameDesc, "By name, Z to A.");
        Add("DATE_ASC", EntitySort.DateAsc, "By date, oldest first; undated entities last.");
        Add("DATE_DESC", EntitySort.DateDesc, "By date, newest first; undated entities last.");
        Add("ID_ASC", EntitySort.IdAsc, "By id.");
    }
}

public sealed class DatePrecisionEnum : EnumerationGraphType
{
    public DatePrecisionEnum()
    {
        Name = "DatePrecision";
        Description = "How much of a date the sources give.";
        Add("YEAR", DatePrecision.Year, "Only the year (2025).");
        Add("MONTH", DatePrecision.Month, "The year and month (2025-09).");
        Add("DAY", DatePrecision.Day, "The exact day (2025-09-18).");
        Add("RANGE", DatePrecision.Range, "A period between two dates (the second half of 2026: 2026-07-01/2026-12-31).");
        Add("MONTH_WITHOUT_YEAR", DatePrecision.MonthWithoutYear, "A month the source names without its year (February: XXXX-02).");
    }
}

public sealed class DateRoleEnum : EnumerationGraphType
{
    public DateRoleEnum()
    {
        Name = "DateRole";
        Description = "What a date is the date of. Whether it has happened is not a role: see `PartialDate.expected`.";
        Add("ANNOUNCED", DateRole.Announced, "Announced or unveiled.");
        Add("SIGNED", DateRole.Signed, "Signed.");
        Add("LAUNCHED", DateRole.Launched, "Launched or set up.");
        Add("IN_FORCE", DateRole.InForce, "Took (or is to take) effect.");
        Add("HELD", DateRole.Held, "A meeting or review held.");
        Add("PUBLISHED", DateRole.Published, "A document published.");
        Add("SUSPENDED", DateRole.Suspended, "Suspended.");
        Add("SUSPENSION_ENDS", DateRole.SuspensionEnds, "The day a suspension is to last until.");
        Add("ENDED", DateRole.Ended, "Ended or replaced.");
    }
}

public sealed class AmountQualifierEnum : EnumerationGraphType
{
    public AmountQualifierEnum()
    {
        Name = "AmountQualifier";
        Description = "How the source hedges a figure.";
        Add("EXACTLY", AmountQualifier.Exactly, "The figure as stated, with no hedge (\"a $400 million investment\").");
        Add("ABOUT", AmountQualifier.About, "About, roughly, an estimated figure.");
        Add("MORE_THAN", AmountQualifier.MoreThan, "More than the figure.");
        Add("UP_TO", AmountQualifier.UpTo, "Up to the figure: any smaller amount fits too.");
    }
}

public sealed class RelationOrderEnum : EnumerationGraphType
{
    public RelationOrderEnum()
    {
        Name = "RelationOrder";
        Description = "The order of a list of relations. By amount, relations with an amount come first, grouped by unit (figures in different units are never compared), then the others; ties go by kind, then id.";
        Add("KIND", RelationOrder.Kind, "By kind name, then id.");
        Add("AMOUNT_DESC", RelationOrder.AmountDescending, "By amount, largest first within each unit.");
        Add("AMOUNT_ASC", RelationOrder.AmountAscending, "By amount, smallest first within each unit.");
    }
}

public sealed class ValidityEnum : EnumerationGraphType
{
    public ValidityEnum()
    {
        Name = "Validity";
        Description = "Whether a relation held on a given day, as far as its dates tell.";
        Add("VALID", Validity.Valid, "Its dates say it held that day.");
        Add("INVALID", Validity.Invalid, "Its dates say it did not: it began later or ended earlier. Traversals with asOf leave these out.");
        Add("UNKNOWN", Validity.Unknown, "Its dates are missing or too coarse to tell; it is kept and flagged.");
    }
}

public sealed class CapacityStageEnum : EnumerationGraphType
{
    public CapacityStageEnum()
    {
        Name = "CapacityStage";
        Description = "A step of the supply chain a government, company or project can hold capacity in.";
        Add("MINING", CapacityStage.Mining, "Producing (mining) the mineral: PRODUCES relations.");
        Add("PROCESSING", CapacityStage.Processing, "Processing the mineral: PROCESSES relations.");
        Add("REFINING", CapacityStage.Refining, "Refining the mineral: REFINES relations.");
        Add("RESERVES", CapacityStage.Reserves, "Holding reserves of the mineral: HOLDS_RESERVES relations.");
    }
}

public sealed class PathDirectionEnum : EnumerationGraphType
{
    public PathDirectionEnum()
    {
        Name = "PathDirection";
        Description = "Whether a path step follows its relation's direction.";
        Add("FORWARD", true, "The relation points from the step's `from` to its `to`.");
        Add("BACKWARD", false, "The relation points from the step's `to` back to its `from`.");
    }
}

public sealed class SourceOriginEnum : EnumerationGraphType
{
    public SourceOriginEnum()
    {
        Name = "SourceOrigin";
        Description = "Where a cited document comes from.";
        Add("SEED", "seed", "One of the five articles the graph was built from; quotes are checked against its text.");
        Add("EXTERNAL", "external", "Another named public document.");
    }
}

public sealed class StatusEnum : EnumerationGraphType
{
    public StatusEnum()
    {
        Name = "Status";
        Description = "Where a project, agreement or measure stands.";
        Add("ACTIVE", "active", "In force or operating.");
        Add("PLANNED", "planned", "Decided but not yet in force or operating.");
        Add("PROPOSAL", "proposal", "Only proposed or recommended (e.g. the minerals passport).");
        Add("UNDER_REVIEW", "under-review", "Being reviewed or renegotiated.");
        Add("ENDED", "ended", "No longer in force or operating.");
        Add("SUSPENDED", "suspended", "Paused.");
    }
}
