using ClaimX.Cli.Inputs;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Processing;

/// <summary>
/// What processing one input produced: its claims (null when it was skipped or failed) and the messages to show in
/// its turn. Messages are carried, not printed by the worker, so that standard error follows input order too.
/// </summary>
public sealed record ArticleOutcome(InputItem Input, ArticleResult? Result, long ByteCount, string? Error, IReadOnlyList<string> Warnings);
