namespace ClaimX.Cli.Tests.Support;

/// <summary>A fact that is skipped when the shared corpus (../shared/corpus beside the repository) is not present.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.SharedCorpus is null)
        {
            Skip = "../shared corpus not present";
        }
    }
}
