using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Entities;

public sealed class GovernmentGraphType : EntityGraphType
{
    public GovernmentGraphType() : base(EntityKind.Government, "A country or a union of countries (the European Union).")
    {
        EntityFieldSet.AddType<GovernmentTypeEnum>(this, "COUNTRY or UNION.");
        Field<StringGraphType>("iso").Description("ISO 3166-1 alpha-2 code (MX, CA, US), when it has one.").Resolve(c => c.Source.Iso);
    }
}

public sealed class OfficialGraphType : EntityGraphType
{
    public OfficialGraphType() : base(EntityKind.Official, "A person: a head of government, a minister, an executive. Positions are HOLDS_POSITION relations.")
    {
        EntityFieldSet.AddCountry(this, "The government the person serves or belongs to.");
    }
}

public sealed class AgencyGraphType : EntityGraphType
{
    public AgencyGraphType() : base(EntityKind.Agency, "A ministry, department or other public body.")
    {
        EntityFieldSet.AddCountry(this, "The government the body belongs to.");
    }
}

public sealed class CompanyGraphType : EntityGraphType
{
    public CompanyGraphType() : base(EntityKind.Company, "A company.")
    {
        EntityFieldSet.AddCountry(this, "The government of the country the company is from.");
    }
}

public sealed class MineralGraphType : EntityGraphType
{
    public MineralGraphType() : base(EntityKind.Mineral, "An element, a material or a group of them. Members of a group are PART_OF it.")
    {
        Field<StringGraphType>("symbol").Description("The chemical symbol (Li, Dy), for an element.").Resolve(c => c.Source.Symbol);
        EntityFieldSet.AddType<MineralTypeEnum>(this, "ELEMENT, MATERIAL or GROUP.");
    }
}

public sealed class ProjectGraphType : EntityGraphType
{
    public ProjectGraphType() : base(EntityKind.Project, "A mine, refinery, processing or magnet plant, or financing programme.")
    {
        EntityFieldSet.AddType<ProjectTypeEnum>(this, "What kind of project.");
        EntityFieldSet.AddCountry(this, "The government of the country the project is in.");
        EntityFieldSet.AddStatus(this, "Whether the project is planned, active, ended…");
    }
}

public sealed class AgreementGraphType : EntityGraphType
{
    public AgreementGraphType() : base(EntityKind.Agreement, "A trade agreement, alliance, partnership, action plan, deal, bloc, review or framework. Parties are MEMBER_OF it.")
    {
        EntityFieldSet.AddType<AgreementTypeEnum>(this, "What kind of agreement.");
        EntityFieldSet.AddStatus(this, "Whether the agreement is in force, proposed, under review, ended…");
        EntityFieldSet.AddDate(this, "The agreement's date (its `role` says whether signed, launched, in force …; `expected` when still to come).");
        EntityFieldSet.AddDates(this);
    }
}

public sealed class EventGraphType : EntityGraphType
{
    public EventGraphType() : base(EntityKind.Event, "A meeting or an announcement.")
    {
        EntityFieldSet.AddType<EventTypeEnum>(this, "MEETING or ANNOUNCEMENT.");
        EntityFieldSet.AddDate(this, "When it happened (or, when `expected`, is to happen).");
        EntityFieldSet.AddDates(this);
        Field<StringGraphType>("place").Description("Where it happened, in words.").Resolve(c => c.Source.Place);
    }
}

public sealed class MeasureGraphType : EntityGraphType
{
    public MeasureGraphType() : base(EntityKind.Measure, "An export control, a designation or a policy. Who imposed it is an IMPOSED_BY relation.")
    {
        EntityFieldSet.AddType<MeasureTypeEnum>(this, "What kind of measure.");
        EntityFieldSet.AddStatus(this, "Whether the measure is in force, planned, suspended…");
        EntityFieldSet.AddDate(this, "The measure's date (its `role` says whether announced, in force …); `dates` lists its other steps.");
        EntityFieldSet.AddDates(this);
        EntityFieldSet.AddCountry(this, "The government whose measure it is.");
    }
}

public sealed class SourceGraphType : EntityGraphType
{
    public SourceGraphType() : base(EntityKind.Source, "A document the graph cites: an article, report, statement or agreement text.")
    {
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's title (the same as `name`).").Resolve(c => c.Source.Name);
        Field<StringGraphType>("publisher").Description("Who published it.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("author").Description("Who wrote it, when named.").Resolve(c => c.Source.Author);
        EntityFieldSet.AddDate(this, "When it was published.");
        Field<StringGraphType>("url").Description("Where to read it.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<SourceOriginEnum>>("origin").Description("SEED for the five articles the graph was built from (quotes checked against their text), EXTERNAL otherwise.")
            .Resolve(c => c.Source.Origin ?? "external");
        Documents.SourceTextFields.Add(this);
    }
}
