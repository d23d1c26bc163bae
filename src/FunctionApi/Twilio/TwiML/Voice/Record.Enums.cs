using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Record>, kept apart from the element itself.
public partial class Record
{
    /// <summary>Whether to trim silence from a recording.</summary>
    public sealed class TrimEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public TrimEnum()
        {
        }

        private TrimEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator TrimEnum(string value) => new(value);

        /// <summary>The value <c>trim-silence</c>.</summary>
        public static readonly TrimEnum TrimSilence = new("trim-silence");

        /// <summary>The value <c>do-not-trim</c>.</summary>
        public static readonly TrimEnum DoNotTrim = new("do-not-trim");
    }

    /// <summary>A recording status change that triggers the recording callback.</summary>
    public sealed class RecordingEventEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public RecordingEventEnum()
        {
        }

        private RecordingEventEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator RecordingEventEnum(string value) => new(value);

        /// <summary>The value <c>in-progress</c>.</summary>
        public static readonly RecordingEventEnum InProgress = new("in-progress");

        /// <summary>The value <c>completed</c>.</summary>
        public static readonly RecordingEventEnum Completed = new("completed");

        /// <summary>The value <c>absent</c>.</summary>
        public static readonly RecordingEventEnum Absent = new("absent");
    }
}
