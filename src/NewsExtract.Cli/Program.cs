using NewsExtract.Cli;

return await NewsExtractApp.RunAsync(args, CliEnvironment.CreateDefault()).ConfigureAwait(false);
