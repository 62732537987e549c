using System.Runtime.InteropServices;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>One freshly loaded image of libespeak-ng and the entry points the <c>espeak-ng</c> command itself calls (1.51's
/// <c>src/espeak-ng.c</c>). The library keeps its whole state in globals, including wave generator phases that are never reset, so
/// a second synthesis in the same image sounds slightly different from the first: each synthesis gets an image of its own, loaded
/// with <c>dlopen</c> and unloaded with <c>dlclose</c> (~2 ms), which makes it sound exactly like one <c>espeak-ng</c> run.</summary>
internal sealed class EspeakImage : IDisposable
{
    public const int OutputSynchronous = 0x0001;
    public const int PositionCharacter = 1;
    public const int ParameterRate = 1;
    public const int ParameterVolume = 2;
    public const int ParameterPitch = 3;
    public const int ParameterWordGap = 7;

    /// <summary><c>espeakCHARS_UTF8 | espeakPHONEMES | espeakENDPAUSE</c>: the command's flags with <c>-b 1</c>.</summary>
    public const uint SynthFlags = 0x0001 | 0x0100 | 0x1000;

    private readonly IntPtr _handle;

    public EspeakImage(string library)
    {
        _handle = NativeLibrary.Load(library);
        try
        {
            InitializePath = Export<InitializePathFunction>("espeak_ng_InitializePath");
            Initialize = Export<InitializeFunction>("espeak_ng_Initialize");
            InitializeOutput = Export<InitializeOutputFunction>("espeak_ng_InitializeOutput");
            GetSampleRate = Export<GetSampleRateFunction>("espeak_ng_GetSampleRate");
            SetSynthCallback = Export<SetSynthCallbackFunction>("espeak_SetSynthCallback");
            SetVoiceByName = Export<SetVoiceByNameFunction>("espeak_SetVoiceByName");
            SetParameter = Export<SetParameterFunction>("espeak_SetParameter");
            Synth = Export<SynthFunction>("espeak_Synth");
            Synchronize = Export<NoArgumentFunction>("espeak_Synchronize");
            Terminate = Export<NoArgumentFunction>("espeak_ng_Terminate");
            Info = Export<InfoFunction>("espeak_Info");
        }
        catch
        {
            NativeLibrary.Free(_handle);
            throw;
        }
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void InitializePathFunction([MarshalAs(UnmanagedType.LPUTF8Str)] string? path);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int InitializeFunction(ref IntPtr errorContext);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int InitializeOutputFunction(int mode, int bufferMilliseconds, IntPtr device);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int GetSampleRateFunction();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void SetSynthCallbackFunction(IntPtr callback);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int SetVoiceByNameFunction([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int SetParameterFunction(int parameter, int value, int relative);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int SynthFunction(byte[] text, nuint size, uint position, int positionType, uint endPosition, uint flags, IntPtr uniqueIdentifier, IntPtr userData);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int NoArgumentFunction();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr InfoFunction(out IntPtr dataPath);

    /// <summary>The callback espeak-ng calls with each buffer of samples (null at the end); returning 1 stops the synthesis.</summary>
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int SynthCallback(IntPtr samples, int count, IntPtr events);

    public InitializePathFunction InitializePath { get; }

    public InitializeFunction Initialize { get; }

    public InitializeOutputFunction InitializeOutput { get; }

    public GetSampleRateFunction GetSampleRate { get; }

    public SetSynthCallbackFunction SetSynthCallback { get; }

    public SetVoiceByNameFunction SetVoiceByName { get; }

    public SetParameterFunction SetParameter { get; }

    public SynthFunction Synth { get; }

    public NoArgumentFunction Synchronize { get; }

    public NoArgumentFunction Terminate { get; }

    public InfoFunction Info { get; }

    public void Dispose() => NativeLibrary.Free(_handle);

    private T Export<T>(string name)
        where T : Delegate => Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(_handle, name));
}
