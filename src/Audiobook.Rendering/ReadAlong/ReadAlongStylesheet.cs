namespace Audiobook.Rendering.ReadAlong;

/// <summary>The edition's stylesheet: the class a reading system puts on the element being read aloud
/// (<c>media:active-class</c> in the package document) and a plain look for generated chapters.</summary>
internal static class ReadAlongStylesheet
{
    public const string ActiveClass = "readalong-active";

    public const string Css = """
        /* Read-along edition: the sentence being read aloud (media:active-class in the package document). */
        .readalong-active {
          background-color: #ffe08a;
          color: #1a1a1a;
          border-radius: 0.2em;
          box-shadow: 0 0 0 0.12em #ffe08a;
        }

        /* Chapters generated from Markdown or plain text. */
        section.readalong-chapter p {
          margin: 0 0 0.8em 0;
          line-height: 1.5;
        }

        section.readalong-chapter hr.scene-break {
          border: none;
          margin: 1.2em auto;
          text-align: center;
        }

        section.readalong-chapter hr.scene-break::after {
          content: "* * *";
        }

        """;
}
