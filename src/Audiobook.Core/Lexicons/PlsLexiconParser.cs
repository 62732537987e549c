using System.Xml;
using Audiobook.Core.Text;

namespace Audiobook.Core.Lexicons;

/// <summary>
/// Reads a W3C Pronunciation Lexicon (PLS 1.0, as shipped in EPUB 3): each <c>&lt;lexeme&gt;</c> gives one entry per
/// <c>&lt;grapheme&gt;</c>, replaced by the lexeme's first <c>&lt;alias&gt;</c>. Lexemes with only <c>&lt;phoneme&gt;</c>
/// are skipped: the TTS service takes text, not phonemes. Entries match whole words with the same case rule as the text
/// format and are limited to the lexicon's <c>xml:lang</c> primary language. DTDs are ignored and nothing is fetched.
/// </summary>
public static class PlsLexiconParser
{
    private const string PlsNamespace = "http://www.w3.org/2005/01/pronunciation-lexicon";

    /// <summary>Parses PLS XML text.</summary>
    /// <exception cref="LexiconFormatException">The XML is malformed or is not a PLS lexicon.</exception>
    public static Lexicon Parse(string xml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return Parse(reader, sourceName);
    }

    /// <summary>Parses PLS XML from a stream (its encoding declaration is honoured).</summary>
    public static Lexicon Parse(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var xml = XmlReader.Create(stream, Settings());
        return Read(xml, sourceName);
    }

    private static Lexicon Parse(TextReader text, string sourceName)
    {
        using var xml = XmlReader.Create(text, Settings());
        return Read(xml, sourceName);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 16 * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static Lexicon Read(XmlReader xml, string sourceName)
    {
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "lexicon" || xml.NamespaceURI != PlsNamespace)
            {
                throw new LexiconFormatException($"{sourceName}: not a PLS lexicon (expected <lexicon xmlns=\"{PlsNamespace}\">)");
            }

            var language = LanguageDetector.PrimarySubtag(xml.GetAttribute("xml:lang"));
            var entries = new List<LexiconEntry>();
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "lexeme" && xml.NamespaceURI == PlsNamespace)
                {
                    using var lexeme = xml.ReadSubtree();
                    AddLexeme(lexeme, language, entries);
                }
            }

            return new Lexicon(entries);
        }
        catch (XmlException ex)
        {
            throw new LexiconFormatException($"{sourceName}: malformed XML at line {ex.LineNumber}: {ex.Message}", ex);
        }
    }

    private static void AddLexeme(XmlReader lexeme, string? language, List<LexiconEntry> entries)
    {
        var graphemes = new List<string>();
        string? alias = null;
        lexeme.Read();
        while (!lexeme.EOF)
        {
            // ReadElementContentAsString moves past the element, so only call Read() when nothing was consumed.
            if (lexeme.NodeType == XmlNodeType.Element && lexeme.NamespaceURI == PlsNamespace && lexeme.LocalName == "grapheme")
            {
                var grapheme = lexeme.ReadElementContentAsString().Trim();
                if (grapheme.Length > 0)
                {
                    graphemes.Add(grapheme);
                }
            }
            else if (lexeme.NodeType == XmlNodeType.Element && lexeme.NamespaceURI == PlsNamespace && lexeme.LocalName == "alias")
            {
                var text = lexeme.ReadElementContentAsString().Trim();
                alias ??= text;
            }
            else
            {
                lexeme.Read();
            }
        }

        if (alias is null)
        {
            return;
        }

        foreach (var grapheme in graphemes)
        {
            entries.Add(new LexiconEntry(grapheme, alias, WholeWord: true, CaseSensitive: grapheme.Any(char.IsUpper), language));
        }
    }
}
