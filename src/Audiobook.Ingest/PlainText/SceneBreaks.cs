using System.Text.RegularExpressions;

namespace Audiobook.Ingest.PlainText;

/// <summary>A line of only ornaments (<c>* * *</c>, <c>***</c>, <c>—</c>, <c>#</c>, <c>※</c>, <c>◇◇◇</c>) marks a scene break.</summary>
internal static partial class SceneBreaks
{
    public static bool IsSceneBreak(string line) => line.Length is > 0 and <= 40 && Ornaments().IsMatch(line);

    [GeneratedRegex(@"^[\s*•·~#＊※◇◆○●◎☆★—–\-_=+⁂]*[*•·~#＊※◇◆○●◎☆★—–\-_=+⁂][\s*•·~#＊※◇◆○●◎☆★—–\-_=+⁂]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Ornaments();
}
