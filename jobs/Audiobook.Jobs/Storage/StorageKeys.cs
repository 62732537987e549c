namespace Audiobook.Jobs.Storage;

/// <summary>The layout of the output store.</summary>
public static class StorageKeys
{
    /// <summary>An uploaded book's source file; the extension keeps the format the reader detects.</summary>
    public static string BookSource(Guid bookId, string extension) => $"books/{bookId:N}/source{extension}";

    /// <summary>A render's folder: the same layout as <c>audiobook render --out</c> (M4B, mp3/, captions/, manifest.json).</summary>
    public static string RenderFolder(Guid renderId) => $"renders/{renderId:N}";
}
