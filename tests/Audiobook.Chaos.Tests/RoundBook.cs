using Audiobook.Jobs.State;

namespace Audiobook.Chaos.Tests;

/// <summary>A book a round rendered: its source (for the clean reference render) and where the service put its chapters.</summary>
internal sealed record RoundBook(byte[] Source, string FileName, Book Book, string OutputKey, IReadOnlyList<string> Mp3Files);
