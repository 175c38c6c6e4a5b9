using GraphQL.Types;
using GraphQLParser.AST;
using MineralGraph.Domain.Time;

namespace MineralGraph.GraphQL.Scalars;

/// <summary>
/// A calendar day written <c>YYYY-MM-DD</c>, in and out. Dates the sources give only to a month or a year come
/// out as a <c>PartialDate</c> object instead, never as a made-up day.
/// </summary>
public sealed class DateScalar : ScalarGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar day, written YYYY-MM-DD (e.g. 2025-09-18).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value, "a Date is a string of the form YYYY-MM-DD"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        DateOnly d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    // Any string gets as far as Parse, so a bad one is reported with the reason ("use YYYY-MM-DD"), not just "cannot convert".
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue;

    public override bool CanParseValue(object? value) => value is null or string or DateOnly;

    static DateOnly Parse(string text) =>
        TryParse(text, out var day) ? day : throw new FormatException($"'{text}' is not a date of the form YYYY-MM-DD.");

    static bool TryParse(string text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || !PartialDate.TryParse(text, out var date) || date.Value.Precision != DatePrecision.Day) return false;
        day = date.Value.Earliest;
        return true;
    }
}
