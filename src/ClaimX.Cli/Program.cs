// Entry point placeholder: the foundation issue builds the System.CommandLine commands here.
return 0;
