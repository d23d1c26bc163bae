using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Twilio.Jwt;

/// <summary>Encodes and signs a JSON Web Token with HMAC-SHA256 (HS256): base64url(header).base64url(payload).signature.</summary>
internal static class HmacJsonWebToken
{
    public static string Encode(object header, object payload, string secret)
    {
        var signingInput = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JavaScriptJson.Serialize(header)))
            + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JavaScriptJson.Serialize(payload)));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }
}
