using MineralGraph.Domain.Time;
using YamlDotNet.RepresentationModel;

namespace MineralGraph.Domain.Seed;

/// <summary>Reads typed values out of one YAML record, adding a <see cref="SeedError"/> (file, line, field) for each bad one.</summary>
internal sealed class RecordReader(YamlRecord record, List<SeedError> errors, string fieldPrefix = "")
{
    public YamlRecord Record => record;

    public void Error(string field, string message) =>
        errors.Add(new SeedError(record.File, record.LineOf(field), fieldPrefix + field, message));

    public void ErrorAt(int line, string field, string message) =>
        errors.Add(new SeedError(record.File, line, fieldPrefix + field, message));

    public void RejectUnknownFields(IReadOnlySet<string> allowed, string what)
    {
        foreach (var (key, _, line) in record.Fields)
        {
            if (!allowed.Contains(key))
                ErrorAt(line, key, $"unknown field for {what}; allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
        }
    }

    public string? String(string field, bool required = false, int maxLength = 4000)
    {
        var node = record.Get(field);
        if (node is null)
        {
            if (required) ErrorAt(record.Line, field, "is required");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(field, "must be a single value, not a list or mapping");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) Error(field, "must not be empty");
            return null;
        }
        if (value.Length > maxLength)
        {
            Error(field, $"is {value.Length} characters long; at most {maxLength} allowed");
            return null;
        }
        return value;
    }

    public string? OneOf(string field, IReadOnlyList<string> allowed)
    {
        var value = String(field);
        if (value is not null && !allowed.Contains(value))
        {
            Error(field, $"'{value}' is not allowed; use one of: {string.Join(", ", allowed)}");
            return null;
        }
        return value;
    }

    public PartialDate? Date(string field)
    {
        var text = String(field);
        if (text is null) return null;
        if (PartialDate.TryParse(text, out var date)) return date;
        Error(field, $"'{text}' is not a valid date; use YYYY, YYYY-MM or YYYY-MM-DD");
        return null;
    }

    /// <summary>A list of strings; a single value is accepted as a one-item list.</summary>
    public List<string> StringList(string field)
    {
        var node = record.Get(field);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value.Trim()];
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) list.Add(v.Trim());
                    else ErrorAt((int)item.Start.Line, field, "each item must be a non-empty single value");
                }
                return list;
            default:
                Error(field, "must be a list of values");
                return [];
        }
    }

    /// <summary>The mappings of a list field, each as a record for nested reading.</summary>
    public List<YamlRecord> Records(string field)
    {
        var node = record.Get(field);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            Error(field, "must be a list");
            return [];
        }
        var result = new List<YamlRecord>();
        foreach (var item in seq)
        {
            if (item is YamlMappingNode map && map.Children.Keys.All(k => k is YamlScalarNode))
                result.Add(new YamlRecord(record.File, (int)item.Start.Line, map));
            else
                ErrorAt((int)item.Start.Line, field, "each item must be a mapping (source:, quote:, locator:)");
        }
        return result;
    }
}
