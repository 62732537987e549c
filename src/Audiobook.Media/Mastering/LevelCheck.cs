namespace Audiobook.Media.Mastering;

/// <summary>Pass/fail of every level requirement of a profile (loudness or RMS window, true peak, noise floor,
/// file length) with the values checked.</summary>
public sealed record LevelCheck(IReadOnlyList<LevelCriterion> Criteria)
{
    public bool Pass => Criteria.All(c => c.Pass);

    /// <summary>One line per failed criterion; empty when everything passes.</summary>
    public IReadOnlyList<string> Failures => Criteria.Where(c => !c.Pass).Select(c => c.Describe()).ToList();

    /// <summary>Checks measured (or predicted) levels against <paramref name="profile"/>.</summary>
    public static LevelCheck Evaluate(Loudness.LoudnessReport levels, MasteringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(profile);
        var criteria = new List<LevelCriterion>();
        if (profile.TargetLufs is { } lufs)
        {
            criteria.Add(new LevelCriterion("Integrated loudness", levels.IntegratedLufs, lufs - profile.LoudnessToleranceLu, lufs + profile.LoudnessToleranceLu, "LUFS"));
        }

        if (profile.MinRmsDb.HasValue || profile.MaxRmsDb.HasValue)
        {
            criteria.Add(new LevelCriterion("RMS", levels.RmsDb, profile.MinRmsDb, profile.MaxRmsDb, "dB"));
        }

        criteria.Add(new LevelCriterion("True peak", levels.TruePeakDbtp, null, profile.TruePeakCeilingDbtp, "dBTP"));
        if (profile.MaxNoiseFloorDb is { } floor)
        {
            criteria.Add(new LevelCriterion("Noise floor", levels.NoiseFloorDb, null, floor, "dB"));
        }

        if (profile.MaxFileDuration is { } longest)
        {
            criteria.Add(new LevelCriterion("Length", levels.Duration.TotalMinutes, null, longest.TotalMinutes, "min"));
        }

        return new LevelCheck(criteria);
    }
}
