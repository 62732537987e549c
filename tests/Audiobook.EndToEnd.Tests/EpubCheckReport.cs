namespace Audiobook.EndToEnd.Tests;

/// <summary>EPUBCheck's counts for one book and everything it printed.</summary>
internal sealed record EpubCheckReport(int Fatals, int Errors, int Warnings, string Output);
