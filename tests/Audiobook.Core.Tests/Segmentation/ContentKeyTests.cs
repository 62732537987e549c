using Audiobook.Core.Segmentation;

namespace Audiobook.Core.Tests.Segmentation;

public sealed class ContentKeyTests
{
    [Fact]
    public void For_Text_IsLowerCaseHexSha256OfLanguageAndText()
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("English\nHello."u8));
        Assert.Equal(expected, ContentKey.For("English", "Hello."));
        Assert.Matches("^[0-9a-f]{64}$", ContentKey.For("Chinese", "你好。"));
    }

    [Fact]
    public void For_DifferentLanguage_DiffersForSameText() =>
        Assert.NotEqual(ContentKey.For("English", "Hi"), ContentKey.For("Auto", "Hi"));
}
