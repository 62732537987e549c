using System.Text;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Prepares XHTML for AngleSharp's HTML parser in one linear pass. The HTML parser ignores the XML self-closing
/// slash, so <c>&lt;span id="p5" epub:type="pagebreak"/&gt;</c> would swallow the rest of the paragraph and
/// <c>&lt;title/&gt;</c> the whole document; such tags are rewritten as <c>&lt;x&gt;&lt;/x&gt;</c>.
/// The pass also refuses markup whose nesting would make tree building quadratic (measured: 20,000 nested
/// <c>div</c>s take 10 s in AngleSharp 1.10), so a hostile file fails in milliseconds instead of hanging.
/// </summary>
internal static class XhtmlMarkupRewriter
{
    /// <summary>Deepest element nesting accepted; real books stay under 30.</summary>
    public const int MaxDepth = 512;

    /// <summary>Cap on the sum of open-element depth over all start tags (the parser's scope checks cost about that).</summary>
    public const long MaxWork = 100_000_000;

    /// <summary>Most attributes on one tag.</summary>
    public const int MaxAttributes = 1_000;

    private const int EndTagSearchDepth = 64;

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    // Elements whose content the HTML parser reads as raw text up to the matching end tag.
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    public static string Rewrite(string markup, string path)
    {
        var output = new StringBuilder(markup.Length + 256);
        var open = new List<string>();
        long work = 0;
        var i = 0;
        while (i < markup.Length)
        {
            var lt = markup.IndexOf('<', i);
            if (lt < 0)
            {
                output.Append(markup, i, markup.Length - i);
                break;
            }

            output.Append(markup, i, lt - i);
            i = lt;
            var next = i + 1 < markup.Length ? markup[i + 1] : '\0';
            if (string.CompareOrdinal(markup, i, "<!--", 0, 4) == 0)
            {
                i = CopyThrough(markup, i, "-->", output);
            }
            else if (next is '!' or '?')
            {
                i = CopyThrough(markup, i, ">", output);
            }
            else if (next == '/')
            {
                var name = ReadName(markup, i + 2);
                i = CopyThrough(markup, i, ">", output);
                CloseElement(open, name);
            }
            else if (char.IsAsciiLetter(next))
            {
                i = StartTag(markup, i, output, open, ref work, path);
            }
            else
            {
                output.Append('<');
                i++;
            }
        }

        return output.ToString();
    }

    private static int StartTag(string markup, int start, StringBuilder output, List<string> open, ref long work, string path)
    {
        var name = ReadName(markup, start + 1);
        var j = start + 1 + name.Length;
        var attributes = 0;
        while (j < markup.Length && markup[j] != '>')
        {
            var c = markup[j];
            if (c is '"' or '\'')
            {
                var close = markup.IndexOf(c, j + 1);
                j = close < 0 ? markup.Length : close + 1;
                continue;
            }

            if (c == '=' && ++attributes > MaxAttributes)
            {
                throw new EpubFormatException($"{path} has a tag with more than {MaxAttributes} attributes");
            }

            j++;
        }

        if (j >= markup.Length)
        {
            output.Append(markup, start, markup.Length - start);
            return markup.Length;
        }

        var selfClosing = markup[j - 1] == '/';
        var isVoid = VoidElements.Contains(name);
        if (selfClosing && !isVoid)
        {
            output.Append(markup, start, j - 1 - start).Append("></").Append(markup, start + 1, name.Length).Append('>');
            return j + 1;
        }

        output.Append(markup, start, j + 1 - start);
        var after = j + 1;
        if (isVoid)
        {
            return after;
        }

        if (RawTextElements.Contains(name))
        {
            var end = markup.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
            end = end < 0 ? markup.Length : end;
            output.Append(markup, after, end - after);
            return end;
        }

        open.Add(name);
        work += open.Count;
        if (open.Count > MaxDepth)
        {
            throw new EpubFormatException($"{path} nests elements more than {MaxDepth} levels deep");
        }

        if (work > MaxWork)
        {
            throw new EpubFormatException($"{path} has too much deeply nested markup to parse safely");
        }

        return after;
    }

    // Like the HTML parser, an end tag closes the nearest open element of its name, and any left unclosed inside it.
    private static void CloseElement(List<string> open, string name)
    {
        var stop = Math.Max(0, open.Count - EndTagSearchDepth);
        for (var k = open.Count - 1; k >= stop; k--)
        {
            if (open[k] == name)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
        }
    }

    private static string ReadName(string markup, int start)
    {
        var end = start;
        while (end < markup.Length && (char.IsAsciiLetterOrDigit(markup[end]) || markup[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        return markup[start..end].ToLowerInvariant();
    }

    private static int CopyThrough(string markup, int start, string terminator, StringBuilder output)
    {
        var end = markup.IndexOf(terminator, start + 2, StringComparison.Ordinal);
        end = end < 0 ? markup.Length : end + terminator.Length;
        output.Append(markup, start, end - start);
        return end;
    }
}
