namespace ScriptHost.Api.Contracts.Templates;

/// <summary>
/// One template of the gallery: its <c>name</c> (the sample's file name, a good function path), what its header says
/// (title, description, which webhook to point at it, the visibility to deploy it with, the variables it reads) and
/// its whole source.
/// </summary>
public sealed record TemplateDto(
    string Name, string Title, string Description, string PointAtIt, string Visibility, IReadOnlyList<string> Variables, string Source);
