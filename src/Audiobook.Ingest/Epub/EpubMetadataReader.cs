using System.Xml.Linq;
using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Reads the Dublin Core metadata of the OPF: the main title, the authors (EPUB 3 <c>refines</c> role or
/// EPUB 2 <c>opf:role</c> "aut"; creators without a role count as authors), language, the identifier named by
/// <c>package@unique-identifier</c>, publisher, date and the description with its HTML stripped.
/// </summary>
internal static class EpubMetadataReader
{
    public static BookMetadata Read(EpubPackage package, string fallbackTitle)
    {
        var metadata = EpubXml.Child(package.Root, "metadata");
        var elements = metadata?.Descendants().ToList() ?? [];
        var refinements = ReadRefinements(elements);

        var titles = Named(elements, "title").ToList();
        var title = titles.FirstOrDefault(t => Refinement(refinements, t, "title-type") == "main") ?? titles.FirstOrDefault();
        var uniqueId = EpubXml.Attribute(package.Root, "unique-identifier")?.Trim();
        var identifiers = Named(elements, "identifier").ToList();
        var identifier = identifiers.FirstOrDefault(i => uniqueId is not null && EpubXml.Attribute(i, "id")?.Trim() == uniqueId)
            ?? identifiers.FirstOrDefault();
        var dates = Named(elements, "date").ToList();
        var date = dates.FirstOrDefault(d => string.Equals(EpubXml.Attribute(d, "event"), "publication", StringComparison.OrdinalIgnoreCase))
            ?? dates.FirstOrDefault();
        var description = Named(elements, "description").FirstOrDefault();

        return new BookMetadata
        {
            Title = NullIfEmpty(EpubText.Clean(title?.Value)) ?? fallbackTitle,
            Authors = Authors(elements, refinements),
            Language = NullIfEmpty(EpubText.Clean(Named(elements, "language").FirstOrDefault()?.Value)),
            Identifier = NullIfEmpty(EpubText.Clean(identifier?.Value)),
            Publisher = NullIfEmpty(EpubText.Clean(Named(elements, "publisher").FirstOrDefault()?.Value)),
            Date = NullIfEmpty(EpubText.Clean(date?.Value)),
            Description = description is null ? null : NullIfEmpty(EpubHtml.PlainText(description.Value)),
        };
    }

    private static List<string> Authors(List<XElement> elements, Dictionary<string, Dictionary<string, string>> refinements)
    {
        var creators = Named(elements, "creator")
            .Select(c => (Name: EpubText.Clean(c.Value), Role: (EpubXml.Attribute(c, "role") ?? Refinement(refinements, c, "role"))?.Trim()))
            .Where(c => c.Name.Length > 0)
            .ToList();
        var authors = creators
            .Where(c => string.IsNullOrEmpty(c.Role) || string.Equals(c.Role, "aut", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Name)
            .ToList();
        return (authors.Count > 0 ? authors : creators.Select(c => c.Name)).Distinct(StringComparer.Ordinal).ToList();
    }

    // EPUB 3: <meta refines="#creator01" property="role">aut</meta> — the first value per (id, property) wins.
    private static Dictionary<string, Dictionary<string, string>> ReadRefinements(List<XElement> elements)
    {
        var refinements = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var meta in elements.Where(e => e.Name.LocalName == "meta"))
        {
            var refines = EpubXml.Attribute(meta, "refines")?.Trim().TrimStart('#');
            var property = EpubXml.Attribute(meta, "property")?.Trim();
            if (string.IsNullOrEmpty(refines) || string.IsNullOrEmpty(property))
            {
                continue;
            }

            if (!refinements.TryGetValue(refines, out var properties))
            {
                properties = new Dictionary<string, string>(StringComparer.Ordinal);
                refinements[refines] = properties;
            }

            properties.TryAdd(property, meta.Value.Trim());
        }

        return refinements;
    }

    private static string? Refinement(Dictionary<string, Dictionary<string, string>> refinements, XElement element, string property)
    {
        var id = EpubXml.Attribute(element, "id")?.Trim();
        return id is not null && refinements.TryGetValue(id, out var properties) && properties.TryGetValue(property, out var value)
            ? value
            : null;
    }

    private static IEnumerable<XElement> Named(List<XElement> elements, string localName) =>
        elements.Where(e => e.Name.LocalName == localName && e.Name.NamespaceName != EpubNamespaces.Opf);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
