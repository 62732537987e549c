namespace Audiobook.EndToEnd.Tests;

/// <summary>Locates the repository (the folder holding Pipeline.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The EPUB fixtures of the ingest tests (grouped and nested tables of contents).</summary>
    public static string IngestFixtures => Path.Combine(Root, "tests", "Audiobook.Ingest.Tests", "Fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
