using System.ComponentModel;
using Audiobook.Core.Regions;

namespace Audiobook.Core.Tests.Regions;

public sealed class ServiceRegionsTests
{
    [Theory]
    [InlineData("beijing", ServiceRegion.Beijing)]
    [InlineData("cn", ServiceRegion.Beijing)]
    [InlineData("CN-Beijing", ServiceRegion.Beijing)]
    [InlineData("china", ServiceRegion.Beijing)]
    [InlineData(" mainland ", ServiceRegion.Beijing)]
    [InlineData("singapore", ServiceRegion.Singapore)]
    [InlineData("INTL", ServiceRegion.Singapore)]
    [InlineData("international", ServiceRegion.Singapore)]
    [InlineData("ap-southeast-1", ServiceRegion.Singapore)]
    public void Parse_EverySynonym_ReturnsItsRegion(string text, ServiceRegion expected) =>
        Assert.Equal(expected, ServiceRegions.Parse(text));

    [Fact]
    public void Names_EveryListedName_Parses() =>
        Assert.All(ServiceRegions.Names, name => Assert.True(ServiceRegions.TryParse(name, out _)));

    [Theory]
    [InlineData("mars")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_UnknownName_ThrowsListingTheNames(string? text)
    {
        var ex = Assert.Throws<FormatException>(() => ServiceRegions.Parse(text));
        Assert.Contains("ap-southeast-1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServiceRegion.Beijing, "cn")]
    [InlineData(ServiceRegion.Singapore, "intl")]
    public void PriceKey_Region_IsThePriceTableKey(ServiceRegion region, string key) =>
        Assert.Equal(key, ServiceRegions.PriceKey(region));

    [Fact]
    public void TypeConverter_Synonym_ConvertsLikeTheParser() =>
        Assert.Equal(ServiceRegion.Singapore, TypeDescriptor.GetConverter(typeof(ServiceRegion)).ConvertFromInvariantString("ap-southeast-1"));
}
