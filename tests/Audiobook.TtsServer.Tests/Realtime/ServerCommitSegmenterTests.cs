using Audiobook.TtsServer.Realtime;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class ServerCommitSegmenterTests
{
    [Theory]
    [InlineData("你好。今天", new[] { "你好。" }, "今天")]
    [InlineData("你好！！“好的。”他说", new[] { "你好！！", "“好的。”" }, "他说")]
    [InlineData("Hello. World", new[] { "Hello. " }, "World")]
    [InlineData("Hello.", new string[0], "Hello.")]
    [InlineData("Pi is 3.14 today", new string[0], "Pi is 3.14 today")]
    [InlineData("Really?! Yes. ", new[] { "Really?! ", "Yes. " }, "")]
    [InlineData("He said \"stop.\" Then", new[] { "He said \"stop.\" " }, "Then")]
    [InlineData("line one\nline two", new[] { "line one\n" }, "line two")]
    [InlineData("\n\nText", new string[0], "Text")]
    [InlineData("no terminator", new string[0], "no terminator")]
    public void TakeSentences_Buffer_CutsCompleteSentences(string buffer, string[] sentences, string rest)
    {
        var taken = ServerCommitSegmenter.TakeSentences(buffer, out var consumed);

        Assert.Equal(sentences, taken);
        Assert.Equal(rest, buffer[consumed..]);
    }
}
