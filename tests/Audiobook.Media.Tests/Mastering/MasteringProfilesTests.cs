using Audiobook.Media.Mastering;

namespace Audiobook.Media.Tests.Mastering;

public sealed class MasteringProfilesTests
{
    [Fact]
    public void All_EmbeddedConfig_HasTheFourProfiles()
    {
        Assert.Equal(["audiobook", "acx", "podcast", "r128"], MasteringProfiles.All.Select(p => p.Name));
        Assert.Equal("audiobook", MasteringProfiles.Default.Name);
    }

    [Fact]
    public void Get_Acx_DeliverySpec()
    {
        var acx = MasteringProfiles.Get("ACX");

        Assert.Null(acx.TargetLufs);
        Assert.Equal(-20, acx.TargetRmsDb);
        Assert.Equal((-23.0, -18.0), (acx.MinRmsDb!.Value, acx.MaxRmsDb!.Value));
        Assert.Equal(-3, acx.TruePeakCeilingDbtp);
        Assert.Equal(-60, acx.MaxNoiseFloorDb);
        Assert.Equal(new Mp3Settings(192, true, 44100), acx.Mp3);
        Assert.Equal(TimeSpan.FromSeconds(0.75), acx.HeadRoomTone);
        Assert.Equal(TimeSpan.FromSeconds(2), acx.TailRoomTone);
        Assert.Equal(TimeSpan.FromMinutes(120), acx.MaxFileDuration);
    }

    [Fact]
    public void Get_Audiobook_Minus18LufsAac64Fast()
    {
        var p = MasteringProfiles.Get("audiobook");

        Assert.Equal(-18, p.TargetLufs);
        Assert.Equal(-1.5, p.TruePeakCeilingDbtp);
        Assert.Equal(new AacSettings(64, "fast"), p.Aac);
    }

    [Fact]
    public void Get_Unknown_ThrowsNamingTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => MasteringProfiles.Get("loud"));

        Assert.Contains("acx", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"profiles\":[]}")]
    [InlineData("{\"profiles\":[{\"name\":\"x\",\"truePeakCeilingDbtp\":-1}]}")]
    [InlineData("{\"profiles\":[{\"name\":\"x\",\"targetLufs\":-16,\"targetRmsDb\":-20,\"truePeakCeilingDbtp\":-1}]}")]
    [InlineData("{\"profiles\":[{\"name\":\"x\",\"targetLufs\":-16,\"truePeakCeilingDbtp\":-1,\"aac\":{\"coder\":\"anmr\"}}]}")]
    public void LoadFromJson_Invalid_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => MasteringProfiles.LoadFromJson(json));
    }

    [Fact]
    public void LoadFromJson_Minimal_Defaults()
    {
        var p = Assert.Single(MasteringProfiles.LoadFromJson("{\"profiles\":[{\"name\":\"x\",\"targetLufs\":-16,\"truePeakCeilingDbtp\":-1}]}"));

        Assert.Equal(1.0, p.LoudnessToleranceLu);
        Assert.Equal(-2.0, p.LimiterCeilingDbtp);
        Assert.Null(p.RoomToneDb);
    }
}
