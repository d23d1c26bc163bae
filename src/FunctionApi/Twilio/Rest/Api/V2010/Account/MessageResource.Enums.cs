using Twilio.Types;

namespace Twilio.Rest.Api.V2010.Account;

// The values Twilio's OpenAPI description lists for the message resource, kept apart from the resource itself.
public sealed partial class MessageResource
{
    /// <summary>Where a message is in its life; a value newer than this list converts from its string.</summary>
    public sealed class StatusEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public StatusEnum()
        {
        }

        private StatusEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio writes.</param>
        public static implicit operator StatusEnum(string value) => new(value);

        /// <summary>The value <c>queued</c>.</summary>
        public static readonly StatusEnum Queued = new("queued");

        /// <summary>The value <c>sending</c>.</summary>
        public static readonly StatusEnum Sending = new("sending");

        /// <summary>The value <c>sent</c>.</summary>
        public static readonly StatusEnum Sent = new("sent");

        /// <summary>The value <c>failed</c>.</summary>
        public static readonly StatusEnum Failed = new("failed");

        /// <summary>The value <c>delivered</c>.</summary>
        public static readonly StatusEnum Delivered = new("delivered");

        /// <summary>The value <c>undelivered</c>.</summary>
        public static readonly StatusEnum Undelivered = new("undelivered");

        /// <summary>The value <c>receiving</c>.</summary>
        public static readonly StatusEnum Receiving = new("receiving");

        /// <summary>The value <c>received</c>.</summary>
        public static readonly StatusEnum Received = new("received");

        /// <summary>The value <c>accepted</c>.</summary>
        public static readonly StatusEnum Accepted = new("accepted");

        /// <summary>The value <c>scheduled</c>.</summary>
        public static readonly StatusEnum Scheduled = new("scheduled");

        /// <summary>The value <c>read</c>.</summary>
        public static readonly StatusEnum Read = new("read");

        /// <summary>The value <c>partially_delivered</c>.</summary>
        public static readonly StatusEnum PartiallyDelivered = new("partially_delivered");

        /// <summary>The value <c>canceled</c>.</summary>
        public static readonly StatusEnum Canceled = new("canceled");
    }

    /// <summary>Whether a message came in or how it went out.</summary>
    public sealed class DirectionEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public DirectionEnum()
        {
        }

        private DirectionEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio writes.</param>
        public static implicit operator DirectionEnum(string value) => new(value);

        /// <summary>The value <c>inbound</c>.</summary>
        public static readonly DirectionEnum Inbound = new("inbound");

        /// <summary>The value <c>outbound-api</c>.</summary>
        public static readonly DirectionEnum OutboundApi = new("outbound-api");

        /// <summary>The value <c>outbound-call</c>.</summary>
        public static readonly DirectionEnum OutboundCall = new("outbound-call");

        /// <summary>The value <c>outbound-reply</c>.</summary>
        public static readonly DirectionEnum OutboundReply = new("outbound-reply");
    }
}
