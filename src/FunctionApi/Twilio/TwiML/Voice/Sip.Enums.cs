using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Sip>, kept apart from the element itself.
public partial class Sip
{
    /// <summary>A call event that triggers the status callback.</summary>
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
        /// <param name="value">The text Twilio expects.</param>
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
