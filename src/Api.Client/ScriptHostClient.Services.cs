using ScriptHost.Api.Contracts.Security;
using ScriptHost.Api.Contracts.Services;
using ScriptHost.Api.Contracts.Templates;

namespace ScriptHost.Api.Client;

public sealed partial class ScriptHostClient
{
    /// <summary><c>GET /api/caller</c>: who the presented key is (401 without a valid one).</summary>
    public Task<CallerDto> GetCallerAsync(CancellationToken cancellationToken = default) =>
        GetAsync<CallerDto>("api/caller", cancellationToken);

    /// <summary><c>GET /api/services</c> (admin key).</summary>
    public Task<IReadOnlyList<ServiceSummary>> ListServicesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<ServiceSummary>>("api/services", cancellationToken);

    /// <summary><c>POST /api/services</c> (admin key): the new service and its key, shown this once.</summary>
    public Task<CreatedService> CreateServiceAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync<CreatedService>(HttpMethod.Post, "api/services", new CreateServiceRequest(name), cancellationToken);

    /// <summary><c>DELETE /api/services/{service}</c> (admin key).</summary>
    public Task DeleteServiceAsync(string service, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"api/services/{Segment(service)}", body: null, cancellationToken);

    /// <summary><c>GET /api/templates</c>: the gallery of function templates.</summary>
    public Task<IReadOnlyList<TemplateDto>> ListTemplatesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<TemplateDto>>("api/templates", cancellationToken);
}
