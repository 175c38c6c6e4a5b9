using MineralGraph.Domain.Text;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Model;

/// <summary>
/// What a relation's dates, figure and denial must satisfy, checked alike by the seed validator and by curation
/// (each reports a problem against its own spelling of the field): <c>until</c> not before <c>since</c>; a figure only on
/// a kind that takes one (<see cref="RelationKinds.TakesAmount"/>), never on a denied claim, not negative, in a unit;
/// and the source's own words for a date or a figure found in one of the relation's quotes, so the words shown beside
/// a date or a figure are the evidence's.
/// </summary>
public static class RelationRules
{
    /// <summary>Why <paramref name="until"/> cannot end a tie that began <paramref name="since"/> (it ends before it begins), or null.</summary>
    public static string? DateOrderProblem(PartialDate? since, PartialDate? until) =>
        since is { IsPlaced: true } s && until is { IsPlaced: true } u && u.Latest < s.Earliest ? $"until {u} is before since {s}" : null;

    /// <summary>
    /// Every problem but the order of the dates (<see cref="DateOrderProblem"/>, checked before the ends are known), as
    /// (field, message); fields are <c>since.text</c>, <c>until.text</c>, <c>amount</c>, <c>amount.*</c>.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> Problems(Relation relation)
    {
        var quotes = relation.Evidence.Select(e => QuoteText.Normalise(e.Quote)).ToList();
        foreach (var problem in WordsProblems("since.text", relation.Since, quotes)) yield return problem;
        foreach (var problem in WordsProblems("until.text", relation.Until, quotes)) yield return problem;
        if (relation.Amount is not { } amount) yield break;
        if (!relation.Kind.TakesAmount())
            yield return ("amount", $"{relation.Kind.Name()} takes no amount; amounts go on {RelationKinds.KindsWithAmounts}");
        if (relation.Denied) yield return ("amount", "a denied claim has no amount: the source says the tie does not hold");
        if (amount.Value < 0) yield return ("amount.value", $"{amount.Value} is negative; give the figure and say how it is hedged with the qualifier");
        if (Amounts.UnitProblem(amount.Unit) is { } unit) yield return ("amount.unit", unit);
        if (amount.Text is { } text && !InQuotes(text, quotes))
            yield return ("amount.text", $"\"{text}\" is not in any of the relation's quotes: give the figure in the evidence's own words");
        foreach (var problem in WordsProblems("amount.date.text", amount.Date, quotes)) yield return problem;
    }

    static IEnumerable<(string, string)> WordsProblems(string field, PartialDate? date, List<string> quotes)
    {
        if (date is { Text: { } text } && !InQuotes(text, quotes))
            yield return (field, $"\"{text}\" is not in any of the relation's quotes: give the date in the evidence's own words");
    }

    static bool InQuotes(string words, List<string> normalisedQuotes)
    {
        var w = QuoteText.Normalise(words);
        return w.Length > 0 && normalisedQuotes.Any(q => q.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The ids of the claims among <paramref name="others"/> that <paramref name="relation"/> contradicts (<see cref="Relation.Contradicts"/>), in id order.</summary>
    public static IReadOnlyList<string> Contradicted(Relation relation, IEnumerable<Relation> others) =>
        others.Where(o => o.Id != relation.Id && relation.Contradicts(o)).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
}
