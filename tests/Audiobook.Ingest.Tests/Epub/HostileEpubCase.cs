namespace Audiobook.Ingest.Tests.Epub;

/// <summary>A broken or malicious input and the part of the one-line error it must produce.</summary>
/// <param name="Build">Makes the file's bytes.</param>
/// <param name="ExpectedError">A substring of the error message.</param>
/// <param name="Options">Options to read with (smaller limits), or null for the defaults.</param>
/// <param name="NonSeekable">Hand the reader a stream that cannot seek.</param>
internal sealed record HostileEpubCase(Func<byte[]> Build, string ExpectedError, IngestOptions? Options = null, bool NonSeekable = false);
