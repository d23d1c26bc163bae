using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Dial>, kept apart from the element itself.
public partial class Dial
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

    /// <summary>Whether and when to record a dialed call.</summary>
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

        /// <summary>The value <c>record-from-answer</c>.</summary>
        public static readonly RecordEnum RecordFromAnswer = new("record-from-answer");

        /// <summary>The value <c>record-from-ringing</c>.</summary>
        public static readonly RecordEnum RecordFromRinging = new("record-from-ringing");

        /// <summary>The value <c>record-from-answer-dual</c>.</summary>
        public static readonly RecordEnum RecordFromAnswerDual = new("record-from-answer-dual");

        /// <summary>The value <c>record-from-ringing-dual</c>.</summary>
        public static readonly RecordEnum RecordFromRingingDual = new("record-from-ringing-dual");
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

    /// <summary>The country whose ringback tone the caller hears.</summary>
    public sealed class RingToneEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public RingToneEnum()
        {
        }

        private RingToneEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator RingToneEnum(string value) => new(value);

        /// <summary>The value <c>at</c>.</summary>
        public static readonly RingToneEnum At = new("at");

        /// <summary>The value <c>au</c>.</summary>
        public static readonly RingToneEnum Au = new("au");

        /// <summary>The value <c>bg</c>.</summary>
        public static readonly RingToneEnum Bg = new("bg");

        /// <summary>The value <c>br</c>.</summary>
        public static readonly RingToneEnum Br = new("br");

        /// <summary>The value <c>be</c>.</summary>
        public static readonly RingToneEnum Be = new("be");

        /// <summary>The value <c>ch</c>.</summary>
        public static readonly RingToneEnum Ch = new("ch");

        /// <summary>The value <c>cl</c>.</summary>
        public static readonly RingToneEnum Cl = new("cl");

        /// <summary>The value <c>cn</c>.</summary>
        public static readonly RingToneEnum Cn = new("cn");

        /// <summary>The value <c>cz</c>.</summary>
        public static readonly RingToneEnum Cz = new("cz");

        /// <summary>The value <c>de</c>.</summary>
        public static readonly RingToneEnum De = new("de");

        /// <summary>The value <c>dk</c>.</summary>
        public static readonly RingToneEnum Dk = new("dk");

        /// <summary>The value <c>ee</c>.</summary>
        public static readonly RingToneEnum Ee = new("ee");

        /// <summary>The value <c>es</c>.</summary>
        public static readonly RingToneEnum Es = new("es");

        /// <summary>The value <c>fi</c>.</summary>
        public static readonly RingToneEnum Fi = new("fi");

        /// <summary>The value <c>fr</c>.</summary>
        public static readonly RingToneEnum Fr = new("fr");

        /// <summary>The value <c>gr</c>.</summary>
        public static readonly RingToneEnum Gr = new("gr");

        /// <summary>The value <c>hu</c>.</summary>
        public static readonly RingToneEnum Hu = new("hu");

        /// <summary>The value <c>il</c>.</summary>
        public static readonly RingToneEnum Il = new("il");

        /// <summary>The value <c>in</c>.</summary>
        public static readonly RingToneEnum In = new("in");

        /// <summary>The value <c>it</c>.</summary>
        public static readonly RingToneEnum It = new("it");

        /// <summary>The value <c>lt</c>.</summary>
        public static readonly RingToneEnum Lt = new("lt");

        /// <summary>The value <c>jp</c>.</summary>
        public static readonly RingToneEnum Jp = new("jp");

        /// <summary>The value <c>mx</c>.</summary>
        public static readonly RingToneEnum Mx = new("mx");

        /// <summary>The value <c>my</c>.</summary>
        public static readonly RingToneEnum My = new("my");

        /// <summary>The value <c>nl</c>.</summary>
        public static readonly RingToneEnum Nl = new("nl");

        /// <summary>The value <c>no</c>.</summary>
        public static readonly RingToneEnum No = new("no");

        /// <summary>The value <c>nz</c>.</summary>
        public static readonly RingToneEnum Nz = new("nz");

        /// <summary>The value <c>ph</c>.</summary>
        public static readonly RingToneEnum Ph = new("ph");

        /// <summary>The value <c>pl</c>.</summary>
        public static readonly RingToneEnum Pl = new("pl");

        /// <summary>The value <c>pt</c>.</summary>
        public static readonly RingToneEnum Pt = new("pt");

        /// <summary>The value <c>ru</c>.</summary>
        public static readonly RingToneEnum Ru = new("ru");

        /// <summary>The value <c>se</c>.</summary>
        public static readonly RingToneEnum Se = new("se");

        /// <summary>The value <c>sg</c>.</summary>
        public static readonly RingToneEnum Sg = new("sg");

        /// <summary>The value <c>th</c>.</summary>
        public static readonly RingToneEnum Th = new("th");

        /// <summary>The value <c>uk</c>.</summary>
        public static readonly RingToneEnum Uk = new("uk");

        /// <summary>The value <c>us</c>.</summary>
        public static readonly RingToneEnum Us = new("us");

        /// <summary>The value <c>us-old</c>.</summary>
        public static readonly RingToneEnum UsOld = new("us-old");

        /// <summary>The value <c>tw</c>.</summary>
        public static readonly RingToneEnum Tw = new("tw");

        /// <summary>The value <c>ve</c>.</summary>
        public static readonly RingToneEnum Ve = new("ve");

        /// <summary>The value <c>za</c>.</summary>
        public static readonly RingToneEnum Za = new("za");
    }

    /// <summary>Which audio track to record.</summary>
    public sealed class RecordingTrackEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public RecordingTrackEnum()
        {
        }

        private RecordingTrackEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator RecordingTrackEnum(string value) => new(value);

        /// <summary>The value <c>both</c>.</summary>
        public static readonly RecordingTrackEnum Both = new("both");

        /// <summary>The value <c>inbound</c>.</summary>
        public static readonly RecordingTrackEnum Inbound = new("inbound");

        /// <summary>The value <c>outbound</c>.</summary>
        public static readonly RecordingTrackEnum Outbound = new("outbound");
    }

    /// <summary>Events a &lt;Dial&gt; can subscribe to.</summary>
    public sealed class EventsEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public EventsEnum()
        {
        }

        private EventsEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator EventsEnum(string value) => new(value);

        /// <summary>The value <c>call-progress-event</c>.</summary>
        public static readonly EventsEnum CallProgressEvent = new("call-progress-event");
    }
}
