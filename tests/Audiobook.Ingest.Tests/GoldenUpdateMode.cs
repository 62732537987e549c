namespace Audiobook.Ingest.Tests;

/// <summary>
/// Whether the golden tests rewrite their files (<c>UPDATE_GOLDEN=1</c>, run by hand and then reviewed). Under CI
/// (<c>CI</c> set to anything but <c>false</c>/<c>0</c>, as GitHub Actions, GitLab and most runners do) the request is
/// refused with an exception: a CI job must compare against the reviewed files, never regenerate them.
/// </summary>
internal static class GoldenUpdateMode
{
    public static bool IsOn() => Decide(Environment.GetEnvironmentVariable("UPDATE_GOLDEN"), Environment.GetEnvironmentVariable("CI"));

    public static bool Decide(string? updateGolden, string? ci)
    {
        if (updateGolden != "1")
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(ci) && ci.Trim() is not ("0" or "false" or "False" or "FALSE"))
        {
            throw new InvalidOperationException(
                $"UPDATE_GOLDEN=1 under CI (CI={ci}): golden files are only rewritten by hand and reviewed; unset UPDATE_GOLDEN in CI");
        }

        return true;
    }
}
