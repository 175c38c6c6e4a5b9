using System.Xml;
using System.Xml.Linq;

namespace MineralGraph.Testing.Export;

public static class XmlFiles
{
    /// <summary>Loads through a strict XmlReader: well-formedness and legal characters are checked on the way.</summary>
    public static XDocument Load(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            CheckCharacters = true,
            IgnoreWhitespace = true,
        });
        return XDocument.Load(reader, LoadOptions.None);
    }
}
