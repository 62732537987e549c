using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Values of <see cref="SessionConfig.Mode"/>.</summary>
public static class SessionModes
{
    public const string ServerCommit = "server_commit";
    public const string Commit = "commit";
}
