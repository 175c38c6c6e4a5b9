using System.Globalization;
using System.Text;
using System.Xml;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Server.Feeds;

/// <summary>
/// Writes curated changes as an Atom 1.0 feed (RFC 4287) with <see cref="XmlWriter"/>: each entry titled with the
/// change's summary, its author the curator, its id a URN holding the change number, its link the explorer
/// permalink of what changed, its content the record before and after.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>What the feed is about: its URN, title, own address and the page it stands for.</summary>
    public sealed record Head(string Id, string Title, string Self, string Alternate);

    /// <param name="changes">Newest first.</param>
    public static async Task WriteAsync(Stream output, Head head, IReadOnlyList<Change> changes, string baseUrl, DateTimeOffset emptyUpdated, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Namespace);
        await Element(xml, "id", head.Id);
        await Element(xml, "title", head.Title);
        await Element(xml, "updated", Time(changes.Count > 0 ? changes[0].At : emptyUpdated));
        await Link(xml, "self", head.Self, "application/atom+xml");
        await Link(xml, "alternate", head.Alternate, "text/html");
        await xml.WriteStartElementAsync(null, "author", Namespace);
        await Element(xml, "name", "MineralGraph curators");
        await xml.WriteEndElementAsync();
        await Element(xml, "generator", "MineralGraph");
        foreach (var change in changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "entry", Namespace);
            await Element(xml, "id", EntryId(change.Sequence));
            await Element(xml, "title", change.Summary);
            await Element(xml, "updated", Time(change.At));
            await Element(xml, "published", Time(change.At));
            await xml.WriteStartElementAsync(null, "author", Namespace);
            await Element(xml, "name", change.Actor);
            await xml.WriteEndElementAsync();
            await Link(xml, "alternate", baseUrl + ExplorerPermalink.Of(change), "text/html");
            await Element(xml, "category", null, ("term", change.Operation));
            await Element(xml, "content", Content(change), ("type", "text"));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>The entry id of change <paramref name="sequence"/>: the same on every replica and every feed.</summary>
    public static string EntryId(long sequence) => $"urn:mineralgraph:change:{sequence.ToString(CultureInfo.InvariantCulture)}";

    static string Content(Change change)
    {
        var text = new StringBuilder();
        text.Append(change.Summary).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Change {change.Sequence} ({change.Operation}) by {change.Actor} at {Time(change.At)}, touching {string.Join(", ", change.Targets)}.\n");
        text.Append("Before: ").Append(change.Before ?? "nothing (created by this change)").Append('\n');
        text.Append("After: ").Append(change.After ?? "nothing").Append('\n');
        return text.ToString();
    }

    static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    static async Task Element(XmlWriter xml, string name, string? value, params (string Name, string Value)[] attributes)
    {
        await xml.WriteStartElementAsync(null, name, Namespace);
        foreach (var (attribute, text) in attributes) await xml.WriteAttributeStringAsync(null, attribute, null, text);
        if (value is not null) await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    static Task Link(XmlWriter xml, string rel, string href, string type) =>
        Element(xml, "link", null, ("rel", rel), ("href", href), ("type", type));
}
