using Twilio.Types;

namespace Twilio.Rest.Api.V2010.Account;

// The values Twilio's OpenAPI description lists for the call resource, kept apart from the resource itself.
public sealed partial class CallResource
{
    /// <summary>Where a call is in its life; a value newer than this list converts from its string.</summary>
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

        /// <summary>The value <c>ringing</c>.</summary>
        public static readonly StatusEnum Ringing = new("ringing");

        /// <summary>The value <c>in-progress</c>.</summary>
        public static readonly StatusEnum InProgress = new("in-progress");

        /// <summary>The value <c>completed</c>.</summary>
        public static readonly StatusEnum Completed = new("completed");

        /// <summary>The value <c>busy</c>.</summary>
        public static readonly StatusEnum Busy = new("busy");

        /// <summary>The value <c>failed</c>.</summary>
        public static readonly StatusEnum Failed = new("failed");

        /// <summary>The value <c>no-answer</c>.</summary>
        public static readonly StatusEnum NoAnswer = new("no-answer");

        /// <summary>The value <c>canceled</c>.</summary>
        public static readonly StatusEnum Canceled = new("canceled");
    }

    /// <summary>A call progress event a status callback can be sent for.</summary>
    public sealed class EventEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public EventEnum()
        {
        }

        private EventEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio writes.</param>
        public static implicit operator EventEnum(string value) => new(value);

        /// <summary>The value <c>initiated</c>.</summary>
        public static readonly EventEnum Initiated = new("initiated");

        /// <summary>The value <c>ringing</c>.</summary>
        public static readonly EventEnum Ringing = new("ringing");

        /// <summary>The value <c>answered</c>.</summary>
        public static readonly EventEnum Answered = new("answered");

        /// <summary>The value <c>completed</c>.</summary>
        public static readonly EventEnum Completed = new("completed");
    }
}
