using ScriptHost.Cli.Hosting;

return await CliApplication.RunAsync(args);
