using System.Text;

namespace MineralGraph.Testing.Export;

/// <summary>
/// A strict RFC 4180 reader (the timeline's CSV): quoted fields may hold commas, doubled quotes and line breaks;
/// every record ends with CRLF; a bare line break outside quotes fails the test.
/// </summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else if (c is '\r' or '\n') Assert.Fail($"a bare line break at {i} outside quotes is not RFC 4180");
            else field.Append(c);
        }
        Assert.Equal(0, field.Length + row.Count);
        return rows;
    }
}
