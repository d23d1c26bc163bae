using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Conference>, kept apart from the element itself.
public partial class Conference
{
    /// <summary>When a conference beeps.</summary>
    public sealed class BeepEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public BeepEnum()
        {
        }

        private BeepEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator BeepEnum(string value) => new(value);

        /// <summary>The value <c>true</c>.</summary>
        public static readonly BeepEnum True = new("true");

        /// <summary>The value <c>false</c>.</summary>
        public static readonly BeepEnum False = new("false");

        /// <summary>The value <c>onEnter</c>.</summary>
        public static readonly BeepEnum Onenter = new("onEnter");

        /// <summary>The value <c>onExit</c>.</summary>
        public static readonly BeepEnum Onexit = new("onExit");
    }

    /// <summary>Whether to record a conference.</summary>
    public sealed class RecordEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public RecordEnum()
        {
        }

        private RecordEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator RecordEnum(string value) => new(value);

        /// <summary>The value <c>do-not-record</c>.</summary>
        public static readonly RecordEnum DoNotRecord = new("do-not-record");

        /// <summary>The value <c>record-from-start</c>.</summary>
        public static readonly RecordEnum RecordFromStart = new("record-from-start");
    }

    /// <summary>A region to host a conference in.</summary>
    public sealed class RegionEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public RegionEnum()
        {
        }

        private RegionEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator RegionEnum(string value) => new(value);

        /// <summary>The value <c>us1</c>.</summary>
        public static readonly RegionEnum Us1 = new("us1");

        /// <summary>The value <c>us2</c>.</summary>
        public static readonly RegionEnum Us2 = new("us2");

        /// <summary>The value <c>ie1</c>.</summary>
        public static readonly RegionEnum Ie1 = new("ie1");

        /// <summary>The value <c>sg1</c>.</summary>
        public static readonly RegionEnum Sg1 = new("sg1");

        /// <summary>The value <c>br1</c>.</summary>
        public static readonly RegionEnum Br1 = new("br1");

        /// <summary>The value <c>au1</c>.</summary>
        public static readonly RegionEnum Au1 = new("au1");

        /// <summary>The value <c>jp1</c>.</summary>
        public static readonly RegionEnum Jp1 = new("jp1");

        /// <summary>The value <c>de1</c>.</summary>
        public static readonly RegionEnum De1 = new("de1");
    }

    /// <summary>A conference event that triggers the status callback.</summary>
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

        /// <summary>The value <c>start</c>.</summary>
        public static readonly EventEnum Start = new("start");

        /// <summary>The value <c>end</c>.</summary>
        public static readonly EventEnum End = new("end");

        /// <summary>The value <c>join</c>.</summary>
        public static readonly EventEnum Join = new("join");

        /// <summary>The value <c>leave</c>.</summary>
        public static readonly EventEnum Leave = new("leave");

        /// <summary>The value <c>mute</c>.</summary>
        public static readonly EventEnum Mute = new("mute");

        /// <summary>The value <c>hold</c>.</summary>
        public static readonly EventEnum Hold = new("hold");

        /// <summary>The value <c>modify</c>.</summary>
        public static readonly EventEnum Modify = new("modify");

        /// <summary>The value <c>speaker</c>.</summary>
        public static readonly EventEnum Speaker = new("speaker");

        /// <summary>The value <c>announcement</c>.</summary>
        public static readonly EventEnum Announcement = new("announcement");
    }

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

    /// <summary>The size of a participant jitter buffer.</summary>
    public sealed class JitterBufferSizeEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public JitterBufferSizeEnum()
        {
        }

        private JitterBufferSizeEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator JitterBufferSizeEnum(string value) => new(value);

        /// <summary>The value <c>large</c>.</summary>
        public static readonly JitterBufferSizeEnum Large = new("large");

        /// <summary>The value <c>medium</c>.</summary>
        public static readonly JitterBufferSizeEnum Medium = new("medium");

        /// <summary>The value <c>small</c>.</summary>
        public static readonly JitterBufferSizeEnum Small = new("small");

        /// <summary>The value <c>off</c>.</summary>
        public static readonly JitterBufferSizeEnum Off = new("off");
    }
}
