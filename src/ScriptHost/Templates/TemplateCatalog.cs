using System.Reflection;
using ScriptHost.Api.Contracts.Templates;

namespace ScriptHost.Templates;

/// <summary>
/// The samples of <c>scripts-samples/</c>, embedded in the server (so a published server carries them) and read once:
/// the gallery a new function starts from.
/// </summary>
internal sealed class TemplateCatalog
{
    /// <summary>The logical name prefix the project file gives each embedded sample.</summary>
    public const string ResourcePrefix = "templates/";

    public TemplateCatalog()
        : this(typeof(TemplateCatalog).Assembly)
    {
    }

    private TemplateCatalog(Assembly assembly)
    {
        var templates = new List<TemplateDto>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var source = reader.ReadToEnd();
            var name = Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..]);

            // The sample tests hold every sample to the header format, so a sample without one is a build mistake.
            var header = TemplateHeader.Parse(source, out var error)
                ?? throw new InvalidOperationException($"Embedded sample '{name}' has no valid header: {error}.");
            templates.Add(new TemplateDto(name, header.Title, header.Description, header.PointAtIt, header.Visibility, header.Variables, source));
        }

        Templates = templates;
    }

    public IReadOnlyList<TemplateDto> Templates { get; }
}
