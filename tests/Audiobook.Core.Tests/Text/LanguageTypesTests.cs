using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class LanguageTypesTests
{
    [Fact]
    public void All_EveryLanguageAndAuto_InDocumentedOrder() =>
        Assert.Equal(
            ["Auto", "Chinese", "English", "German", "Italian", "Portuguese", "Spanish", "Japanese", "Korean", "French", "Russian"],
            LanguageTypes.All);

    [Fact]
    public void ByCode_EveryLanguageButAuto_RoundTripsThroughCodeOf()
    {
        Assert.Equal(LanguageTypes.All.Skip(1).Order(StringComparer.Ordinal), LanguageTypes.ByCode.Values.Order(StringComparer.Ordinal));
        Assert.All(LanguageTypes.ByCode, pair => Assert.Equal(pair.Key, LanguageTypes.CodeOf(pair.Value)));
    }

    [Theory]
    [InlineData("Auto")]
    [InlineData("Klingon")]
    public void CodeOf_AutoOrUnknown_Null(string languageType) =>
        Assert.Null(LanguageTypes.CodeOf(languageType));

    [Theory]
    [InlineData("yue-HK")]
    [InlineData("cmn")]
    [InlineData("zh")]
    public void FromTag_ChineseVarieties_Chinese(string tag) =>
        Assert.Equal(LanguageTypes.Chinese, LanguageDetector.FromTag(tag));
}
