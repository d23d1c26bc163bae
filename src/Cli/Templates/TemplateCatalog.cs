using System.Reflection;
using ScriptHost.Api.Contracts.Templates;
using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.Templates;

/// <summary>The samples embedded in the tool (Cli.csproj embeds <c>scripts-samples/*.csx</c> as <c>templates/…</c>).</summary>
internal static class TemplateCatalog
{
    private const string Prefix = "templates/";
    private const string Extension = ".csx";

    private static readonly Lazy<IReadOnlyList<Template>> s_all = new(Load);

    public static IReadOnlyList<Template> All => s_all.Value;

    /// <summary>The template called <paramref name="name"/>, or a usage error listing the ones there are.</summary>
    public static Template Get(string name) =>
        All.FirstOrDefault(template => string.Equals(template.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new CliException($"there is no template '{name}'; choose one of: {string.Join(", ", All.Select(template => template.Name))} (see 'scripthost templates').", ExitCodes.Usage);

    private static List<Template> Load()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))];
    }

    private static Template Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        var name = resource[Prefix.Length..^Extension.Length];

        // The samples are fixed when the tool is built, and the sample tests hold each to the header format.
        var header = TemplateHeader.Parse(source, out var error)
            ?? throw new InvalidOperationException($"The embedded template '{name}' has no valid header: {error}.");
        return new Template(name, source, header);
    }
}
