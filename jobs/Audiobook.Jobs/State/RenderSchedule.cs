namespace Audiobook.Jobs.State;

/// <summary>When a submitted render starts: at once, or in the next nightly batch that has budget for it.</summary>
public enum RenderSchedule
{
    Now,
    Nightly,
}
