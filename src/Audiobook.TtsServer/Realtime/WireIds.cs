using System.Security.Cryptography;

namespace Audiobook.TtsServer.Realtime;

/// <summary>Server-generated ids in the documented shape: a prefix plus 21 alphanumerics (<c>sess_Wf61YVPaIA3d1bPQTyWqE</c>).</summary>
internal static class WireIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Session() => New("sess_");

    public static string Response() => New("resp_");

    public static string Item() => New("item_");

    public static string Event() => New("event_");

    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 21);
}
