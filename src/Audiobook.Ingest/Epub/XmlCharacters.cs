using System.Text;
using System.Xml;

namespace Audiobook.Ingest.Epub;

/// <summary>What XML 1.0 can hold: names (an HTML attribute such as <c>x:y:z</c> or <c>1a</c> cannot be written as XML)
/// and characters (an HTML document may carry controls and lone surrogates that an XML writer refuses).</summary>
internal static class XmlCharacters
{
    public static bool IsName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    // Characters XML 1.0 cannot hold (most C0 controls, lone surrogates) are left out.
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(text[i]) && !IsPair(text, i) && !(i > 0 && IsPair(text, i - 1)))
            {
                return Filter(text);
            }
        }

        return text;
    }

    private static string Filter(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
