namespace ScriptHost.Cli.Templates;

/// <summary>What <c>templates</c>, <c>init</c> and <c>new</c> need from a sample's header.</summary>
internal sealed record TemplateSummary(string Title, string Description, string Visibility, IReadOnlyList<string> Variables);
