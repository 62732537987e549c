using System.ComponentModel;

namespace Audiobook.Core.Regions;

/// <summary>The DashScope region a request goes to: it decides the endpoints, which API keys work, and the price list
/// (docs/configuration.md, Regions). Read from text only through <see cref="ServiceRegions.Parse"/>, which knows every synonym;
/// the type converter lets configuration binding use the same parser.</summary>
[TypeConverter(typeof(ServiceRegionConverter))]
public enum ServiceRegion
{
    /// <summary>China mainland (<c>dashscope.aliyuncs.com</c>), priced in CNY under the <c>cn</c> key.</summary>
    Beijing,

    /// <summary>International (<c>dashscope-intl.aliyuncs.com</c>), priced in USD under the <c>intl</c> key.</summary>
    Singapore,
}
