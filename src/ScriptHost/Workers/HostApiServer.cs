using ScriptHost.Execution.Wire;
using ScriptHost.Functions;
using ScriptHost.Invocation.HostApis;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Workers;

/// <summary>
/// Serves a host API call a worker forwarded, with the invocation's own <see cref="HostApiSet"/> — bound to the
/// service the worker serves, never to one the message names — so Store, Http (through egress), Assets and Functions
/// answer a worker exactly as they answer an in-process function. Whatever the call throws goes back as the exception
/// the function would have caught.
/// </summary>
internal static class HostApiServer
{
    public static async Task<ApiResult> ServeAsync(ApiRequest request, HostApiSet apis)
    {
        try
        {
            switch (request)
            {
                case StoreGet get:
                    return new TextValue(await apis.Store.GetAsync(get.Key));
                case StoreSet set:
                    await apis.Store.SetAsync(set.Key, set.Value);
                    return new FlagValue(true);
                case StoreDelete delete:
                    return new FlagValue(await apis.Store.DeleteAsync(delete.Key));
                case StoreList list:
                    return new TextListValue([.. await apis.Store.ListAsync(list.Prefix)]);
                case HttpSend http:
                    var response = await apis.Http.SendAsync(new HttpCall { Method = http.Method, Url = http.Url, Headers = http.Headers, Body = http.Body });
                    return new HttpValue(response.StatusCode, new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase), response.Body);
                case AssetRead asset:
                    return new BytesValue(await apis.Assets.ReadBytesAsync(asset.Path));
                case FunctionCall call:
                    var answer = await apis.Functions.InvokeAsync(call.Path, call.Parameters);
                    return new FunctionCallValue(answer.StatusCode, answer.ContentType, answer.Body);
                default:
                    return new ApiFailure(ApiFailureKind.InvalidOperation, $"Unknown host API call {request.GetType().Name}.", null, null, null, null);
            }
        }
        catch (Exception e)
        {
            return ApiFailureWire.ToData(e);
        }
    }
}
