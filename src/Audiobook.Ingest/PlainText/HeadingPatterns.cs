using System.Text.RegularExpressions;

namespace Audiobook.Ingest.PlainText;

/// <summary>
/// Recognizes chapter heading lines of plain-text books in the supported languages: "Chapter 12", "CHAPTER XII",
/// "Part Two", "Prologue", "第十二章", "第一回", "第1章", "序章", "Capítulo 3", "Chapitre 3", "Kapitel 3", "Глава 3",
/// "제3장", a bare Roman numeral, and so on, each optionally followed by a title ("Chapter 3: The Storm").
/// </summary>
internal static partial class HeadingPatterns
{
    private const int MaxHeadingLength = 80;

    /// <summary>Characters that, ending a line, mark it as a sentence rather than a heading (unless a pattern allows it).</summary>
    private static readonly char[] SentenceEnds = ['.', '!', '?', ',', ';', '。', '！', '？', '，', '；'];

    public static bool IsHeading(string line)
    {
        if (line.Length == 0 || line.Length > MaxHeadingLength)
        {
            return false;
        }

        if (BareNumeral().IsMatch(line))
        {
            return true;
        }

        if (Cjk().IsMatch(line) || Korean().IsMatch(line))
        {
            // "第一章 风暴" is a heading; "第一章说的是什么？" is a sentence.
            return Array.IndexOf(SentenceEnds, line[^1]) < 0;
        }

        // "Chapter 3." is a heading; "Chapter 3 was the longest." is not: a title after the number must not end like a sentence.
        var match = Numbered().Match(line);
        if (!match.Success)
        {
            match = Named().Match(line);
        }

        if (!match.Success)
        {
            return false;
        }

        var title = match.Groups["title"].Value.Trim();
        return title.Length == 0 || Array.IndexOf(SentenceEnds, title[^1]) < 0;
    }

    /// <summary>
    /// True for a label that names a chapter by number ("Chapter 3", "CHAPTER XII. The Storm", "Chapter the First",
    /// "Capítulo 2", "Глава 3", "第三章", "第12回"), as opposed to a part, a book or a section, or a title that merely
    /// starts with the word ("Chapter Summary"). The EPUB reader uses it to tell chapters from sections in a nested TOC.
    /// </summary>
    public static bool IsChapterLabel(string label) => ChapterLabel().IsMatch(label.TrimStart());

    private const string Title = @"(?:[\s.:：\-—–]+(?<title>.*))?$";

    private const string EnglishNumber =
        "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
        + "|(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)";

    private const string Numeral = @"(?:\d{1,4}|[ivxlcdm]{1,10})\b";

    [GeneratedRegex(
        "^(?:(?:chapter|chap\\.|book|part|volume|vol\\.|section|act|letter|canto)\\s+(?:" + Numeral + "|(?:" + EnglishNumber + ")\\b)"
        + "|(?:cap[ií]tulo|parte|libro|livro)\\s+(?:" + Numeral + "|(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|primero|segundo|tercero"
        + "|um|dois|três|quatro|sete|oito|nove|dez|primeiro|terceiro|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|primo|terzo)\\b)"
        + "|capitolo\\s+(?:" + Numeral + "|(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|primo|secondo|terzo)\\b)"
        + "|(?:chapitre|partie|livre)\\s+(?:" + Numeral + "|(?:premier|première|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\b)"
        + "|(?:première|deuxième|troisième|quatrième|cinquième|dernière)\\s+partie\\b"
        + "|(?:kapitel|teil|buch)\\s+(?:" + Numeral + "|(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\\b)"
        + "|\\d{1,3}\\.\\s+kapitel\\b|(?:erstes|zweites|drittes|viertes|fünftes|sechstes|letztes)\\s+kapitel\\b"
        + "|(?:глава|часть|книга)\\s+(?:\\d{1,4}\\b|[ivxlcdm]{1,10}\\b|(?:первая|вторая|третья|четвертая|четвёртая|пятая|шестая|седьмая|восьмая|девятая|десятая|первая)\\b)"
        + ")" + Title,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(
        "^(?:prologue|epilogue|preface|foreword|introduction|afterword|interlude|postscript"
        + "|pr[oó]logo|ep[ií]logo|introducci[oó]n|pref[aá]cio|prefazione|prologo|epilogo"
        + "|[ée]pilogue|pr[ée]face|prolog|epilog|vorwort|nachwort|einleitung"
        + "|пролог|эпилог|предисловие|послесловие|вступление)" + Title,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(
        "^(?:第\\s*[0-9０-９一二三四五六七八九十百千万零〇两壹贰叁肆伍陆柒捌玖拾佰]+\\s*[章回节節卷部篇集幕話话]"
        + "|(?:序章|序言|序幕|序|楔子|引子|引言|前言|尾声|尾聲|后记|後記|终章|終章|番外|プロローグ|エピローグ)(?=$|[\\s:：.\\-—·　]))"
        + "(?:[\\s:：.\\-—·　]*.{0,40})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Cjk();

    [GeneratedRegex(
        "^(?:제\\s*\\d{1,4}\\s*[장화부편권]|프롤로그|에필로그|서장|종장)(?:[\\s:.\\-—]*.{0,40})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Korean();

    [GeneratedRegex(
        "^(?:(?:chapter|chap\\.|chapitre|kapitel|cap[ií]tulo|capitolo|hoofdstuk|глава|rozdział)\\s*(?:" + Numeral + "|(?:" + EnglishNumber
        + "|premier|première)\\b)"
        + "|第\\s*[0-9０-９一二三四五六七八九十百千万零〇两]+\\s*[章回节節話话])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLabel();

    // "XII" or "12." alone on a line (upper-case Roman numerals only, so "I" in a sentence is not a heading).
    [GeneratedRegex(@"^(?:[IVXLC]{1,7}|\d{1,3})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumeral();
}
