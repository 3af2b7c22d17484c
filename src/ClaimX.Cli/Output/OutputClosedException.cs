namespace ClaimX.Cli.Output;

/// <summary>The reader of standard output went away (`claimx ... | head`): not an error, just the end of the run.</summary>
public sealed class OutputClosedException(Exception inner) : IOException("output closed", inner);
