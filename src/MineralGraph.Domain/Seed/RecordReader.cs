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

    /// <summary>
    /// A date: a plain value (<c>2025-09</c>), or a mapping with the value and what the source says of it
    /// (<c>{value: 2026-07-01/2026-12-31, text: second half of 2026, expected: true, role: announced}</c>).
    /// </summary>
    public PartialDate? Date(string field, bool roleRequired = false)
    {
        switch (record.Get(field))
        {
            case null:
                return null;
            case YamlMappingNode map:
                return new RecordReader(new YamlRecord(record.File, (int)map.Start.Line, map), errors, $"{fieldPrefix}{field}.").DateFields(roleRequired);
            default:
                if (roleRequired) Error(field, $"needs a role: write {{value: …, role: …}} with a role of: {DateRoles.Listed}");
                return DateValue(field);
        }
    }

    /// <summary>Dated steps: a list of date mappings, each with its role.</summary>
    public List<PartialDate> Dates(string field)
    {
        var dates = new List<PartialDate>();
        var items = Records(field);
        for (var i = 0; i < items.Count; i++)
        {
            if (new RecordReader(items[i], errors, $"{fieldPrefix}{field}[{i}].").DateFields(roleRequired: true) is { } date) dates.Add(date);
        }
        return dates;
    }

    PartialDate? DateFields(bool roleRequired)
    {
        RejectUnknownFields(EntityFields.DateFields, "a date");
        if (!record.Has("value")) ErrorAt(record.Line, "value", $"is required: {PartialDate.Forms}");
        var value = DateValue("value");
        var text = String("text", maxLength: 300);
        var expected = Bool("expected");
        DateRole? role = null;
        if (String("role") is { } roleName)
        {
            if (DateRoles.TryParse(roleName, out var r)) role = r;
            else Error("role", $"'{roleName}' is not a date role; use one of: {DateRoles.Listed}");
        }
        else if (roleRequired) ErrorAt(record.Line, "role", $"is required: one of {DateRoles.Listed}");
        return value is { } v ? v with { Text = text, Expected = expected ?? false, Role = role } : null;
    }

    PartialDate? DateValue(string field)
    {
        var text = String(field);
        if (text is null) return null;
        if (PartialDate.TryParse(text, out var date)) return date;
        Error(field, $"'{text}' is not a valid date; {PartialDate.Forms}");
        return null;
    }

    /// <summary>true or false; null when absent.</summary>
    public bool? Bool(string field)
    {
        var text = String(field);
        if (text is null) return null;
        if (text is "true" or "false") return text == "true";
        Error(field, $"'{text}' is not allowed; use true or false");
        return null;
    }

    /// <summary>A number (70000000, 15, 0.5); null when absent.</summary>
    public decimal? Number(string field)
    {
        var text = String(field);
        if (text is null) return null;
        if (decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        Error(field, $"'{text}' is not a number (write 70000000 or 0.15, without units or separators)");
        return null;
    }

    /// <summary>A nested mapping as a reader whose errors name the field (<c>amount.unit</c>); null when absent or not a mapping.</summary>
    public RecordReader? Mapping(string field)
    {
        switch (record.Get(field))
        {
            case null:
                return null;
            case YamlMappingNode map:
                return new RecordReader(new YamlRecord(record.File, (int)map.Start.Line, map), errors, $"{fieldPrefix}{field}.");
            default:
                Error(field, "must be a mapping of field: value");
                return null;
        }
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
                ErrorAt((int)item.Start.Line, field, "each item must be a mapping of field: value");
        }
        return result;
    }
}
