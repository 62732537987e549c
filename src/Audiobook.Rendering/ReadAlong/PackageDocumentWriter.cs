using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// Writes the EPUB 3 package document of the edition: the source's metadata (identifier, title, language, authors,
/// publisher, date, description), <c>dcterms:modified</c>, the Media Overlays' <c>media:duration</c> (each, and their sum
/// for the book), <c>media:active-class</c> and <c>media:narrator</c>; the manifest with each content document's
/// <c>media-overlay</c>; the spine.
/// </summary>
internal static partial class PackageDocumentWriter
{
    private const string Opf = "http://www.idpf.org/2007/opf";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(string packagePath, PackageMetadata metadata, IReadOnlyList<EditionFile> files, IReadOnlyList<EpubSourceSpineItem> spine)
    {
        var book = metadata.Book;
        var ids = files.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var identifierId = Unique("pub-id", ids);
        return EditionXml.Write(writer =>
        {
            writer.WriteStartElement("package", Opf);
            writer.WriteAttributeString("version", "3.0");
            writer.WriteAttributeString("unique-identifier", identifierId);
            writer.WriteStartElement("metadata", Opf);
            writer.WriteAttributeString("xmlns", "dc", "http://www.w3.org/2000/xmlns/", Dc);
            writer.WriteStartElement("dc", "identifier", Dc);
            writer.WriteAttributeString("id", identifierId);
            writer.WriteString(book.Identifier is { Length: > 0 } identifier ? identifier : DerivedIdentifier(book));
            writer.WriteEndElement();
            writer.WriteElementString("dc", "title", Dc, book.Title);
            writer.WriteElementString("dc", "language", Dc, string.IsNullOrWhiteSpace(book.Language) ? "und" : book.Language);
            foreach (var author in book.Authors.Where(a => a.Trim().Length > 0))
            {
                writer.WriteElementString("dc", "creator", Dc, author);
            }

            Optional(writer, "publisher", book.Publisher);
            Optional(writer, "date", book.Date is { } date && W3cDate().IsMatch(date.Trim()) ? date.Trim() : null);
            Optional(writer, "description", book.Description);
            Meta(writer, "dcterms:modified", metadata.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Meta(writer, "media:active-class", ReadAlongStylesheet.ActiveClass);
            Meta(writer, "media:narrator", metadata.Narrator);
            Meta(writer, "media:duration", SmilClock.Format(metadata.OverlayDurations.Values.Sum()));
            foreach (var (id, duration) in metadata.OverlayDurations)
            {
                Meta(writer, "media:duration", SmilClock.Format(duration), "#" + id);
            }

            writer.WriteEndElement();
            writer.WriteStartElement("manifest", Opf);
            foreach (var file in files)
            {
                writer.WriteStartElement("item", Opf);
                writer.WriteAttributeString("id", file.Id);
                writer.WriteAttributeString("href", EpubLinks.Relative(packagePath, file.Path));
                writer.WriteAttributeString("media-type", file.MediaType);
                if (file.Properties.Count > 0)
                {
                    writer.WriteAttributeString("properties", string.Join(' ', file.Properties.Distinct(StringComparer.Ordinal)));
                }

                if (file.OverlayId is { } overlay)
                {
                    writer.WriteAttributeString("media-overlay", overlay);
                }

                if (file.FallbackId is { } fallback)
                {
                    writer.WriteAttributeString("fallback", fallback);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteStartElement("spine", Opf);
            foreach (var item in spine)
            {
                writer.WriteStartElement("itemref", Opf);
                writer.WriteAttributeString("idref", item.ItemId);
                if (!item.Linear)
                {
                    writer.WriteAttributeString("linear", "no");
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    /// <summary>An id not in <paramref name="taken"/> (which then holds it): <paramref name="wanted"/>, else with a number.</summary>
    public static string Unique(string wanted, ISet<string> taken)
    {
        var id = wanted;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{wanted}-{n}");
        }

        return id;
    }

    // A book without an identifier gets a stable one from its title and authors, so a re-render is the same publication.
    private static string DerivedIdentifier(Core.Books.BookMetadata book)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(book.Title + "\n" + string.Join('\n', book.Authors)));
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16));
    }

    private static void Optional(XmlWriter writer, string element, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteElementString("dc", element, Dc, value.Trim());
        }
    }

    private static void Meta(XmlWriter writer, string property, string value, string? refines = null)
    {
        writer.WriteStartElement("meta", Opf);
        if (refines is not null)
        {
            writer.WriteAttributeString("refines", refines);
        }

        writer.WriteAttributeString("property", property);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    // The W3C date-time profile EPUB asks dc:date to follow (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time).
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex W3cDate();
}
