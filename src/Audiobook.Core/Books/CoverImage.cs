namespace Audiobook.Core.Books;

/// <summary>A cover image as bytes with its media type (<c>image/jpeg</c> or <c>image/png</c>).</summary>
public sealed record CoverImage(string MediaType, ReadOnlyMemory<byte> Data);
