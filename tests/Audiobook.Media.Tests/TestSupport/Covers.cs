using Audiobook.Core.Books;

namespace Audiobook.Media.Tests.TestSupport;

/// <summary>A small real JPEG cover made by ffmpeg.</summary>
internal static class Covers
{
    private static readonly Lazy<Task<CoverImage>> Jpeg = new(async () =>
    {
        using var dir = new TempDirectory();
        var path = dir.File("cover.jpg");
        await Tools.RunAsync("ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=96x96", "-frames:v", "1", "-y", path);
        return new CoverImage("image/jpeg", await File.ReadAllBytesAsync(path));
    });

    public static Task<CoverImage> JpegAsync() => Jpeg.Value;
}
