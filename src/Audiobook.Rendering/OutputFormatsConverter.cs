using System.ComponentModel;
using System.Globalization;

namespace Audiobook.Rendering;

/// <summary>Reads <c>m4b</c>, <c>mp3</c>, <c>epub3</c> or several (<c>m4b,mp3</c>, any case) and writes them back the same
/// way; at least one is required, and an unknown name is an error that lists the known ones.</summary>
public sealed class OutputFormatsConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? Parse(text) : base.ConvertFrom(context, culture, value);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is OutputFormats formats ? Format(formats) : base.ConvertTo(context, culture, value, destinationType);

    /// <exception cref="FormatException">A name is not m4b, mp3 or epub3, or none is given.</exception>
    public static OutputFormats Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var formats = OutputFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToUpperInvariant() switch
            {
                "M4B" => OutputFormats.M4b,
                "MP3" => OutputFormats.Mp3,
                "EPUB3" => OutputFormats.Epub3,
                _ => throw new FormatException($"unknown format '{part}' (m4b, mp3, epub3)"),
            };
        }

        return formats == OutputFormats.None ? throw new FormatException("needs at least one of m4b, mp3, epub3") : formats;
    }

    public static string Format(OutputFormats formats) =>
        string.Join(',', new[] { (OutputFormats.M4b, "m4b"), (OutputFormats.Mp3, "mp3"), (OutputFormats.Epub3, "epub3") }
            .Where(f => formats.HasFlag(f.Item1))
            .Select(f => f.Item2));

    /// <summary>True when the chapters need their AAC: the M4B is muxed from it and the read-along EPUB carries it.</summary>
    public static bool NeedsChapterAac(OutputFormats formats) => (formats & (OutputFormats.M4b | OutputFormats.Epub3)) != 0;
}
