namespace Audiobook.Ingest.Epub;

/// <summary>Relative links between entries of an EPUB archive.</summary>
public static class EpubLinks
{
    /// <summary>The href that leads from the entry <paramref name="from"/> to the entry <paramref name="to"/>
    /// (percent-encoded segments), with <c>#fragment</c> when given.</summary>
    public static string Relative(string from, string to, string? fragment = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var fromFolders = EpubPath.FolderOf(from).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < fromFolders.Length && common < toParts.Length - 1 && fromFolders[common] == toParts[common])
        {
            common++;
        }

        var segments = Enumerable.Repeat("..", fromFolders.Length - common).Concat(toParts.Skip(common).Select(Uri.EscapeDataString));
        var href = string.Join('/', segments);
        return fragment is null ? href : href + "#" + Uri.EscapeDataString(fragment);
    }

    /// <summary>Writes an XHTML <c>link</c> to the stylesheet entry <paramref name="stylesheet"/> from the document entry
    /// <paramref name="from"/>.</summary>
    public static void WriteStylesheet(System.Xml.XmlWriter writer, string from, string stylesheet)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartElement("link", "http://www.w3.org/1999/xhtml");
        writer.WriteAttributeString("rel", "stylesheet");
        writer.WriteAttributeString("type", "text/css");
        writer.WriteAttributeString("href", Relative(from, stylesheet));
        writer.WriteEndElement();
    }
}
