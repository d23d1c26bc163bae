using System.Net;
using System.Net.Http.Headers;

namespace ScriptHost.Tests.Support;

/// <summary>A body sent without a Content-Length (chunked), so a server can only find its size by reading it.</summary>
public sealed class UnknownLengthContent : HttpContent
{
    private readonly byte[] _bytes;

    public UnknownLengthContent(byte[] bytes, string? contentType = null)
    {
        _bytes = bytes;
        if (contentType is not null)
        {
            Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
