using System.ComponentModel;
using System.Globalization;

namespace Audiobook.Core.Regions;

/// <summary>Converts region names with <see cref="ServiceRegions.Parse"/>, so configuration binding (which asks the type
/// converter) accepts the same synonyms as the command line and the price table.</summary>
public sealed class ServiceRegionConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? ServiceRegions.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc />
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is ServiceRegion region
            ? region.ToString().ToLowerInvariant()
            : base.ConvertTo(context, culture, value, destinationType);
}
