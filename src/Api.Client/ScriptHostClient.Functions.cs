using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Api.Contracts.Snippets;

namespace ScriptHost.Api.Client;

public sealed partial class ScriptHostClient
{
    /// <summary><c>GET .../functions?environment=</c>: what production (or <paramref name="environment"/>) serves.</summary>
    public Task<IReadOnlyList<FunctionDto>> ListFunctionsAsync(string service, string? environment = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<FunctionDto>>($"api/services/{Segment(service)}/functions{Query(("environment", environment))}", cancellationToken);

    /// <summary><c>GET .../functions/{path}?environment=</c>: one path, as that environment serves it, with its history.</summary>
    public Task<FunctionDetailsDto> GetFunctionAsync(string service, string path, string? environment = null, CancellationToken cancellationToken = default) =>
        GetAsync<FunctionDetailsDto>($"api/services/{Segment(service)}/functions/{PathSegments(path)}{Query(("environment", environment))}", cancellationToken);

    /// <summary><c>GET .../assets?environment=</c>: the assets production (or <paramref name="environment"/>) serves.</summary>
    public Task<IReadOnlyList<AssetDto>> ListAssetsAsync(string service, string? environment = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AssetDto>>($"api/services/{Segment(service)}/assets{Query(("environment", environment))}", cancellationToken);

    /// <summary><c>POST .../run</c>: runs <paramref name="source"/> once, without storing it (a compile error is a 422 problem).</summary>
    public Task<SnippetRunDto> RunSnippetAsync(
        string service, string source, IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default) =>
        SendAsync<SnippetRunDto>(
            HttpMethod.Post,
            $"api/services/{Segment(service)}/run",
            new RunRequest(source, parameters is null ? null : new Dictionary<string, string>(parameters, StringComparer.Ordinal)),
            cancellationToken);
}
