using ScriptHost.Functions;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Execution.Wire;

/// <summary>
/// An exception a host API threw, to and from its wire form: the worker rethrows the type a function would have
/// caught in-process (a bad store key is an <see cref="ArgumentException"/>, a refused host an
/// <see cref="EgressDeniedException"/>), never a type of the channel's own.
/// </summary>
public static class ApiFailureWire
{
    /// <summary>The wire form of <paramref name="exception"/>.</summary>
    public static ApiFailure ToData(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            EgressDeniedException denied => new ApiFailure(ApiFailureKind.EgressDenied, denied.Message, null, denied.Host, denied.Address, denied.Reason),
            OutboundHttpException failed => new ApiFailure(ApiFailureKind.OutboundHttp, failed.Message, null, failed.Host, null, null),
            StoreQuotaExceededException full => new ApiFailure(ApiFailureKind.StoreQuotaExceeded, full.Message, null, null, null, null),
            ArgumentException argument => new ApiFailure(ApiFailureKind.Argument, argument.Message, argument.ParamName, null, null, null),
            OperationCanceledException => new ApiFailure(ApiFailureKind.Cancelled, exception.Message, null, null, null, null),
            _ => new ApiFailure(ApiFailureKind.InvalidOperation, exception.Message, null, null, null, null),
        };
    }

    /// <summary>The exception <paramref name="failure"/> stands for, to throw at the function.</summary>
    public static Exception ToException(ApiFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind switch
        {
            ApiFailureKind.EgressDenied => new EgressDeniedException(failure.Message, failure.Host, failure.Address, failure.Reason ?? failure.Message),
            ApiFailureKind.OutboundHttp => new OutboundHttpException(failure.Message, failure.Host ?? string.Empty),
            ApiFailureKind.Argument => new ArgumentException(failure.Message, failure.ParameterName),
            ApiFailureKind.StoreQuotaExceeded => new StoreQuotaExceededException(failure.Message),
            ApiFailureKind.Cancelled => new OperationCanceledException(failure.Message),
            _ => new InvalidOperationException(failure.Message),
        };
    }
}
