using System.Text;

namespace MineralGraph.Testing.Export;

/// <summary>
/// Reads CSV as neo4j-admin does: quoted fields may span lines and double their quotes; an unquoted empty field is
/// null (no property), a quoted empty one is "".
/// </summary>
public static class CsvRecords
{
    public static List<string?[]> Parse(string text)
    {
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                continue;
            }
            if (c == ',') { fields.Add(Take()); i++; continue; }
            if (c == '\n')
            {
                fields.Add(Take());
                records.Add(fields.ToArray());
                fields.Clear();
                i++;
                continue;
            }
            if (quoted) throw new FormatException($"text after a closing quote at {i}");
            field.Append(c);
            i++;
        }
        if (fields.Count > 0 || field.Length > 0) { fields.Add(Take()); records.Add(fields.ToArray()); }
        return records;

        string? Take()
        {
            string? value = field.Length == 0 && !quoted ? null : field.ToString();
            field.Clear();
            quoted = false;
            return value;
        }
    }
}
