namespace Audiobook.Dashboard.Renders;

/// <summary>A deliverable of a render: its name relative to the render's folder (<c>mp3/01-….mp3</c>), size and type.</summary>
public sealed record RenderFile(string Name, long Size, string ContentType);
