using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ScriptHost.Hosting;

/// <summary>
/// Describes a status that a route answers with one of several body types as <c>oneOf</c> those schemas (GET
/// <c>.../functions/{path}</c> answers 200 with a function, or with one version for <c>.../versions/{n}</c>): the
/// document generator keeps a single type per status otherwise.
/// </summary>
internal sealed class AlternativeResponseBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var alternatives = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.Type is not null && m.Type != typeof(void))
            .GroupBy(m => m.StatusCode, m => m.Type!)
            .Select(g => (Status: g.Key, Types: g.Distinct().ToList()))
            .Where(g => g.Types.Count > 1);
        foreach (var (status, types) in alternatives)
        {
            if (operation.Responses?.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { Content: { } content })
            {
                continue;
            }

            var schema = new OpenApiSchema { OneOf = [] };
            foreach (var type in types)
            {
                schema.OneOf.Add(await NamedSchemaAsync(type, context, cancellationToken));
            }

            foreach (var media in content.Values)
            {
                media.Schema = schema;
            }
        }
    }

    /// <summary>The type's schema as a reference to a component of its name, as the generator names the others.</summary>
    private static async Task<IOpenApiSchema> NamedSchemaAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        if (context.Document is not { } document)
        {
            return schema;
        }

        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            document.AddComponent(type.Name, schema);
        }

        return new OpenApiSchemaReference(type.Name, document);
    }
}
