using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Reject>, kept apart from the element itself.
public partial class Reject
{
    /// <summary>Why a call is rejected, which decides the tone the caller hears.</summary>
    public sealed class ReasonEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public ReasonEnum()
        {
        }

        private ReasonEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator ReasonEnum(string value) => new(value);

        /// <summary>The value <c>rejected</c>.</summary>
        public static readonly ReasonEnum Rejected = new("rejected");

        /// <summary>The value <c>busy</c>.</summary>
        public static readonly ReasonEnum Busy = new("busy");
    }
}
