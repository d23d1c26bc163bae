namespace ScriptHost.Cli.Templates;

/// <summary>A sample from <c>scripts-samples/</c>, embedded in the tool: its name (the file name) and source.</summary>
internal sealed record Template(string Name, string Source, TemplateSummary Summary);
