using ScriptHost.Api.Contracts.Templates;

namespace ScriptHost.Cli.Templates;

/// <summary>
/// A sample from <c>scripts-samples/</c>, embedded in the tool: its name (the file name), source and header, read by
/// the one header parser the server's gallery and the sample tests use (<see cref="TemplateHeader"/>).
/// </summary>
internal sealed record Template(string Name, string Source, TemplateHeader Header);
