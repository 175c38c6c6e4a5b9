using System.Text;
using System.Xml;

namespace MineralGraph.Export.Writers;

/// <summary>What the XML writers share: asynchronous, indented UTF-8 output and text XML can hold.</summary>
internal static class XmlOutput
{
    const int FlushEvery = 200;

    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
    });

    /// <summary>Text without the control characters XML 1.0 cannot carry (a stray one would make the file unreadable).</summary>
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                && !(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                firstBad = i;
                break;
            }
        }
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[i + 1]); i++; }
        }
        return sb.ToString();
    }

    public static Task AttributeAsync(XmlWriter writer, string name, string value) =>
        writer.WriteAttributeStringAsync(null, name, null, Clean(value));

    /// <summary>Flushes every so many elements so a large file leaves memory as it is written.</summary>
    public static async Task FlushSometimesAsync(XmlWriter writer, int written)
    {
        if (written % FlushEvery == 0) await writer.FlushAsync();
    }
}

/// <summary>The attribute type GEXF and GraphML declare for a field.</summary>
internal static class XmlTypes
{
    public static string Of(FieldType type) => type switch
    {
        FieldType.Boolean => "boolean",
        FieldType.Number => "double",
        _ => "string",
    };
}
