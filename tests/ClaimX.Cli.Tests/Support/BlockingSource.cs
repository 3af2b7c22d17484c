namespace ClaimX.Cli.Tests.Support;

/// <summary>An input sequence whose second item is a read that does not return until the gate opens (a silent pipe).</summary>
internal static class BlockingSource
{
    public static IEnumerable<int> OneThenWait(ManualResetEventSlim gate)
    {
        yield return 1;
        gate.Wait();
        yield return 2;
    }
}
