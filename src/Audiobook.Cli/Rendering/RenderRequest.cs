namespace Audiobook.Cli.Rendering;

/// <summary>What only this run decides; everything else comes from the configured <c>RenderingOptions</c>.</summary>
/// <param name="BookPath">The book file.</param>
/// <param name="LexiconPath">A lexicon replacing <c>config/lexicon.txt</c>, or null.</param>
/// <param name="Chapters">1-based chapters to (re-)render, or null for every chapter not up to date.</param>
/// <param name="Force">Synthesize again, ignoring the cache.</param>
/// <param name="Quiet">No progress line.</param>
internal sealed record RenderRequest(string BookPath, string? LexiconPath, IReadOnlySet<int>? Chapters, bool Force, bool Quiet);
