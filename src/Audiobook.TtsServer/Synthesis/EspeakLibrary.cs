using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Speaks with libespeak-ng inside this process instead of starting an <c>espeak-ng</c> process per text: the same calls,
/// arguments and input splitting as the command, in a fresh library image per synthesis (<see cref="EspeakImage"/>), so the samples
/// are the command's to the bit. One synthesis runs at a time in the whole process, because the library and libc's <c>rand()</c>
/// (which some voices use and which is re-seeded per synthesis, as a new process would have it) are process-wide; at ~1000× real time
/// one thread keeps up with any number of sessions. Audio is handed over in batches (<see cref="EspeakSink"/>).</summary>
internal sealed class EspeakLibrary
{
    /// <summary>Batches (<see cref="EspeakSink.BatchSamples"/>, ~370 ms each) a synthesis may run ahead of its reader before it waits:
    /// about a minute of audio.</summary>
    private const int AheadBuffers = 160;

    // espeak-ng's stdin reading, which the server's process path has always had: fgets() into a 1000-byte buffer, one
    // espeak_Synth per line or per 999 bytes, whichever comes first.
    private const int LineBytes = 999;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly EspeakImage.SynthCallback Callback = OnSamples;
    private static readonly IntPtr CallbackPointer = Marshal.GetFunctionPointerForDelegate(Callback);
    private static readonly Lock OpenLock = new();
    private static readonly Dictionary<string, EspeakLibrary?> Opened = new(StringComparer.Ordinal);
    private static EspeakSink? s_current;

    private readonly string _library;
    private readonly string? _dataPath;
    private readonly SeedFunction _srand;

    private EspeakLibrary(string library, string? dataPath, int sampleRate, SeedFunction srand)
    {
        _library = library;
        _dataPath = dataPath;
        SampleRate = sampleRate;
        _srand = srand;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SeedFunction(uint seed);

    /// <summary>The rate of the samples <see cref="SpeakAsync"/> returns (22050 Hz).</summary>
    public int SampleRate { get; }

    /// <summary>The library at <paramref name="library"/> (a file name the loader resolves, or a path), loaded once to check it and to
    /// find its data; null when it cannot be loaded or initialized, in which case the server starts <c>espeak-ng</c> processes.</summary>
    public static EspeakLibrary? TryOpen(string library)
    {
        ArgumentException.ThrowIfNullOrEmpty(library);
        lock (OpenLock)
        {
            if (!Opened.TryGetValue(library, out var opened))
            {
                opened = Open(library);
                Opened[library] = opened;
            }

            return opened;
        }
    }

    /// <summary>Speaks <paramref name="text"/> as <c>espeak-ng --stdout -b 1</c> with <paramref name="invocation"/>'s arguments would,
    /// yielding the samples at <see cref="SampleRate"/> as they are synthesized. Cancelling stops espeak-ng at its next buffer.</summary>
    /// <exception cref="SynthesisException">espeak-ng could not be initialized or does not know the voice.</exception>
    public async IAsyncEnumerable<short[]> SpeakAsync(EspeakInvocation invocation, string text, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<short[]>(new BoundedChannelOptions(AheadBuffers) { SingleReader = true, SingleWriter = true });
        var synthesis = new EspeakSink(channel.Writer, stop.Token);
        var run = Task.Factory.StartNew(() => Run(invocation, text, synthesis), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var samples in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // ReadAllAsync checks the token only when it has to wait: buffers already in the channel would still come out.
                cancellationToken.ThrowIfCancellationRequested();
                yield return samples;
            }

            await run.ConfigureAwait(false);
        }
        finally
        {
            // The reader left early (cancelled, disconnected, failed): stop espeak-ng and wait, so the library is idle before the next one.
            await stop.CancelAsync().ConfigureAwait(false);
            await run.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            Gate.Release();
        }
    }

    /// <summary>The pieces espeak-ng's <c>fgets</c> loop cuts stdin into: up to and including a line feed, at most 999 bytes.</summary>
    internal static IEnumerable<byte[]> Lines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var start = 0;
        while (start < bytes.Length)
        {
            var end = start;
            while (end < bytes.Length && end - start < LineBytes && bytes[end++] != (byte)'\n')
            {
            }

            // NUL-terminated, as espeak_Synth reads it.
            var line = new byte[end - start + 1];
            bytes.AsSpan(start, end - start).CopyTo(line);
            yield return line;
            start = end;
        }
    }

    private static EspeakLibrary? Open(string library)
    {
        // espeak-ng's own dependencies stay loaded for good, so each synthesis reloads only espeak-ng itself (a speed-up only).
        foreach (var dependency in (string[])["libpcaudio.so.0", "libsonic.so.0"])
        {
            NativeLibrary.TryLoad(dependency, out _);
        }

        if (!NativeLibrary.TryLoad("libc.so.6", out var libc) || !NativeLibrary.TryGetExport(libc, "srand", out var srand))
        {
            return null;
        }

        try
        {
            using var image = new EspeakImage(library);
            image.InitializePath(null);
            image.Info(out var dataPointer);
            var dataPath = Marshal.PtrToStringUTF8(dataPointer);
            var context = IntPtr.Zero;
            if (string.IsNullOrEmpty(dataPath) || image.Initialize(ref context) != 0 || image.InitializeOutput(EspeakImage.OutputSynchronous, 0, IntPtr.Zero) != 0)
            {
                return null;
            }

            var sampleRate = image.GetSampleRate();
            image.Terminate();
            return new EspeakLibrary(library, EspeakDataDirectory.Prepare(dataPath), sampleRate, Marshal.GetDelegateForFunctionPointer<SeedFunction>(srand));
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Run(EspeakInvocation invocation, string text, EspeakSink synthesis)
    {
        Exception? failure = null;
        s_current = synthesis;
        try
        {
            using var image = new EspeakImage(_library);
            // A new espeak-ng process starts with rand()'s initial seed; so does every synthesis here.
            _srand(1);
            image.InitializePath(_dataPath);
            var context = IntPtr.Zero;
            if (image.Initialize(ref context) != 0 || image.InitializeOutput(EspeakImage.OutputSynchronous, 0, IntPtr.Zero) != 0)
            {
                throw new SynthesisException("libespeak-ng could not be initialized.");
            }

            try
            {
                image.SetSynthCallback(CallbackPointer);
                if (image.SetVoiceByName(invocation.Voice) != 0)
                {
                    throw new SynthesisException($"espeak-ng has no voice '{invocation.Voice}'.");
                }

                // The order of espeak-ng.c: rate, volume, pitch, word gap.
                image.SetParameter(EspeakImage.ParameterRate, invocation.Speed, 0);
                image.SetParameter(EspeakImage.ParameterVolume, invocation.Amplitude, 0);
                image.SetParameter(EspeakImage.ParameterPitch, invocation.Pitch, 0);
                image.SetParameter(EspeakImage.ParameterWordGap, invocation.WordGap, 0);
                foreach (var line in Lines(text))
                {
                    if (synthesis.Stopped)
                    {
                        break;
                    }

                    image.Synth(line, (nuint)line.Length, 0, EspeakImage.PositionCharacter, 0, EspeakImage.SynthFlags, IntPtr.Zero, IntPtr.Zero);
                }

                image.Synchronize();
            }
            finally
            {
                image.Terminate();
            }
        }
        catch (Exception exception) when (exception is SynthesisException or DllNotFoundException or EntryPointNotFoundException)
        {
            failure = exception as SynthesisException ?? new SynthesisException("libespeak-ng could not be loaded: " + exception.Message, exception);
        }
        finally
        {
            s_current = null;
            synthesis.Complete(failure);
        }
    }

    private static int OnSamples(IntPtr samples, int count, IntPtr events)
    {
        // Called on the synthesis thread while Run holds the gate, so s_current is this synthesis. Exceptions must not reach native code.
        var synthesis = s_current;
        if (synthesis is null)
        {
            return 1;
        }

        if (samples == IntPtr.Zero || count <= 0)
        {
            return synthesis.Stopped ? 1 : 0;
        }

        return synthesis.Deliver(samples, count) ? 0 : 1;
    }
}
