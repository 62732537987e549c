namespace Audiobook.Ingest.Epub;

/// <summary>A resolved link inside the archive: the zip entry name and the optional fragment after <c>#</c>.</summary>
internal readonly record struct EpubHref(string Path, string? Fragment);
