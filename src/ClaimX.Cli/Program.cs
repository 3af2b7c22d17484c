// Entry point placeholder: the foundation issue builds the System.CommandLine commands here.
var root = new System.CommandLine.RootCommand("claimx") { ClaimX.Cli.Commands.EvalCommand.Create() };
return root.Parse(args).Invoke();
