namespace Audiobook.TtsServer.Faults;

/// <summary>What the fault injector does to one response.</summary>
internal enum ResponseFault
{
    None,
    DropConnection,
    ErrorEvent,
}
