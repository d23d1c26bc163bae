using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Say>, kept apart from the element itself.
public partial class Say
{
    /// <summary>A text-to-speech voice; any other voice name Twilio supports converts from its string.</summary>
    public sealed class VoiceEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public VoiceEnum()
        {
        }

        private VoiceEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator VoiceEnum(string value) => new(value);

        /// <summary>The value <c>man</c>.</summary>
        public static readonly VoiceEnum Man = new("man");

        /// <summary>The value <c>woman</c>.</summary>
        public static readonly VoiceEnum Woman = new("woman");

        /// <summary>The value <c>alice</c>.</summary>
        public static readonly VoiceEnum Alice = new("alice");

        /// <summary>The value <c>Polly.Amy</c>.</summary>
        public static readonly VoiceEnum PollyAmy = new("Polly.Amy");

        /// <summary>The value <c>Polly.Brian</c>.</summary>
        public static readonly VoiceEnum PollyBrian = new("Polly.Brian");

        /// <summary>The value <c>Polly.Celine</c>.</summary>
        public static readonly VoiceEnum PollyCeline = new("Polly.Celine");

        /// <summary>The value <c>Polly.Emma</c>.</summary>
        public static readonly VoiceEnum PollyEmma = new("Polly.Emma");

        /// <summary>The value <c>Polly.Hans</c>.</summary>
        public static readonly VoiceEnum PollyHans = new("Polly.Hans");

        /// <summary>The value <c>Polly.Ivy</c>.</summary>
        public static readonly VoiceEnum PollyIvy = new("Polly.Ivy");

        /// <summary>The value <c>Polly.Joanna</c>.</summary>
        public static readonly VoiceEnum PollyJoanna = new("Polly.Joanna");

        /// <summary>The value <c>Polly.Joey</c>.</summary>
        public static readonly VoiceEnum PollyJoey = new("Polly.Joey");

        /// <summary>The value <c>Polly.Justin</c>.</summary>
        public static readonly VoiceEnum PollyJustin = new("Polly.Justin");

        /// <summary>The value <c>Polly.Kendra</c>.</summary>
        public static readonly VoiceEnum PollyKendra = new("Polly.Kendra");

        /// <summary>The value <c>Polly.Kimberly</c>.</summary>
        public static readonly VoiceEnum PollyKimberly = new("Polly.Kimberly");

        /// <summary>The value <c>Polly.Lupe</c>.</summary>
        public static readonly VoiceEnum PollyLupe = new("Polly.Lupe");

        /// <summary>The value <c>Polly.Marlene</c>.</summary>
        public static readonly VoiceEnum PollyMarlene = new("Polly.Marlene");

        /// <summary>The value <c>Polly.Mathieu</c>.</summary>
        public static readonly VoiceEnum PollyMathieu = new("Polly.Mathieu");

        /// <summary>The value <c>Polly.Matthew</c>.</summary>
        public static readonly VoiceEnum PollyMatthew = new("Polly.Matthew");

        /// <summary>The value <c>Polly.Salli</c>.</summary>
        public static readonly VoiceEnum PollySalli = new("Polly.Salli");

        /// <summary>The value <c>Polly.Vicki</c>.</summary>
        public static readonly VoiceEnum PollyVicki = new("Polly.Vicki");

        /// <summary>The value <c>Polly.Amy-Neural</c>.</summary>
        public static readonly VoiceEnum PollyAmyNeural = new("Polly.Amy-Neural");

        /// <summary>The value <c>Polly.Brian-Neural</c>.</summary>
        public static readonly VoiceEnum PollyBrianNeural = new("Polly.Brian-Neural");

        /// <summary>The value <c>Polly.Emma-Neural</c>.</summary>
        public static readonly VoiceEnum PollyEmmaNeural = new("Polly.Emma-Neural");

        /// <summary>The value <c>Polly.Ivy-Neural</c>.</summary>
        public static readonly VoiceEnum PollyIvyNeural = new("Polly.Ivy-Neural");

        /// <summary>The value <c>Polly.Joanna-Neural</c>.</summary>
        public static readonly VoiceEnum PollyJoannaNeural = new("Polly.Joanna-Neural");

        /// <summary>The value <c>Polly.Joey-Neural</c>.</summary>
        public static readonly VoiceEnum PollyJoeyNeural = new("Polly.Joey-Neural");

        /// <summary>The value <c>Polly.Justin-Neural</c>.</summary>
        public static readonly VoiceEnum PollyJustinNeural = new("Polly.Justin-Neural");

        /// <summary>The value <c>Polly.Kendra-Neural</c>.</summary>
        public static readonly VoiceEnum PollyKendraNeural = new("Polly.Kendra-Neural");

        /// <summary>The value <c>Polly.Kimberly-Neural</c>.</summary>
        public static readonly VoiceEnum PollyKimberlyNeural = new("Polly.Kimberly-Neural");

        /// <summary>The value <c>Polly.Lupe-Neural</c>.</summary>
        public static readonly VoiceEnum PollyLupeNeural = new("Polly.Lupe-Neural");

        /// <summary>The value <c>Polly.Matthew-Neural</c>.</summary>
        public static readonly VoiceEnum PollyMatthewNeural = new("Polly.Matthew-Neural");

        /// <summary>The value <c>Polly.Salli-Neural</c>.</summary>
        public static readonly VoiceEnum PollySalliNeural = new("Polly.Salli-Neural");

        /// <summary>The value <c>Polly.Vicki-Neural</c>.</summary>
        public static readonly VoiceEnum PollyVickiNeural = new("Polly.Vicki-Neural");

        /// <summary>The value <c>Polly.Amy-Generative</c>.</summary>
        public static readonly VoiceEnum PollyAmyGenerative = new("Polly.Amy-Generative");

        /// <summary>The value <c>Polly.Joanna-Generative</c>.</summary>
        public static readonly VoiceEnum PollyJoannaGenerative = new("Polly.Joanna-Generative");

        /// <summary>The value <c>Polly.Lupe-Generative</c>.</summary>
        public static readonly VoiceEnum PollyLupeGenerative = new("Polly.Lupe-Generative");

        /// <summary>The value <c>Polly.Matthew-Generative</c>.</summary>
        public static readonly VoiceEnum PollyMatthewGenerative = new("Polly.Matthew-Generative");

        /// <summary>The value <c>Polly.Vicki-Generative</c>.</summary>
        public static readonly VoiceEnum PollyVickiGenerative = new("Polly.Vicki-Generative");
    }

    /// <summary>A language for &lt;Say&gt;; any other language tag converts from its string.</summary>
    public sealed class LanguageEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public LanguageEnum()
        {
        }

        private LanguageEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator LanguageEnum(string value) => new(value);

        /// <summary>The value <c>af-ZA</c>.</summary>
        public static readonly LanguageEnum AfZa = new("af-ZA");

        /// <summary>The value <c>am-ET</c>.</summary>
        public static readonly LanguageEnum AmEt = new("am-ET");

        /// <summary>The value <c>ar-AE</c>.</summary>
        public static readonly LanguageEnum ArAe = new("ar-AE");

        /// <summary>The value <c>ar-XA</c>.</summary>
        public static readonly LanguageEnum ArXa = new("ar-XA");

        /// <summary>The value <c>arb</c>.</summary>
        public static readonly LanguageEnum Arb = new("arb");

        /// <summary>The value <c>bg-BG</c>.</summary>
        public static readonly LanguageEnum BgBg = new("bg-BG");

        /// <summary>The value <c>bn-IN</c>.</summary>
        public static readonly LanguageEnum BnIn = new("bn-IN");

        /// <summary>The value <c>ca-ES</c>.</summary>
        public static readonly LanguageEnum CaEs = new("ca-ES");

        /// <summary>The value <c>cmn-CN</c>.</summary>
        public static readonly LanguageEnum CmnCn = new("cmn-CN");

        /// <summary>The value <c>cmn-TW</c>.</summary>
        public static readonly LanguageEnum CmnTw = new("cmn-TW");

        /// <summary>The value <c>cs-CZ</c>.</summary>
        public static readonly LanguageEnum CsCz = new("cs-CZ");

        /// <summary>The value <c>cy-GB</c>.</summary>
        public static readonly LanguageEnum CyGb = new("cy-GB");

        /// <summary>The value <c>da-DK</c>.</summary>
        public static readonly LanguageEnum DaDk = new("da-DK");

        /// <summary>The value <c>de-AT</c>.</summary>
        public static readonly LanguageEnum DeAt = new("de-AT");

        /// <summary>The value <c>de-DE</c>.</summary>
        public static readonly LanguageEnum DeDe = new("de-DE");

        /// <summary>The value <c>el-GR</c>.</summary>
        public static readonly LanguageEnum ElGr = new("el-GR");

        /// <summary>The value <c>en-AU</c>.</summary>
        public static readonly LanguageEnum EnAu = new("en-AU");

        /// <summary>The value <c>en-CA</c>.</summary>
        public static readonly LanguageEnum EnCa = new("en-CA");

        /// <summary>The value <c>en-GB</c>.</summary>
        public static readonly LanguageEnum EnGb = new("en-GB");

        /// <summary>The value <c>en-GB-WLS</c>.</summary>
        public static readonly LanguageEnum EnGbWls = new("en-GB-WLS");

        /// <summary>The value <c>en-IE</c>.</summary>
        public static readonly LanguageEnum EnIe = new("en-IE");

        /// <summary>The value <c>en-IN</c>.</summary>
        public static readonly LanguageEnum EnIn = new("en-IN");

        /// <summary>The value <c>en-NZ</c>.</summary>
        public static readonly LanguageEnum EnNz = new("en-NZ");

        /// <summary>The value <c>en-US</c>.</summary>
        public static readonly LanguageEnum EnUs = new("en-US");

        /// <summary>The value <c>en-ZA</c>.</summary>
        public static readonly LanguageEnum EnZa = new("en-ZA");

        /// <summary>The value <c>es-ES</c>.</summary>
        public static readonly LanguageEnum EsEs = new("es-ES");

        /// <summary>The value <c>es-MX</c>.</summary>
        public static readonly LanguageEnum EsMx = new("es-MX");

        /// <summary>The value <c>es-US</c>.</summary>
        public static readonly LanguageEnum EsUs = new("es-US");

        /// <summary>The value <c>fi-FI</c>.</summary>
        public static readonly LanguageEnum FiFi = new("fi-FI");

        /// <summary>The value <c>fil-PH</c>.</summary>
        public static readonly LanguageEnum FilPh = new("fil-PH");

        /// <summary>The value <c>fr-CA</c>.</summary>
        public static readonly LanguageEnum FrCa = new("fr-CA");

        /// <summary>The value <c>fr-FR</c>.</summary>
        public static readonly LanguageEnum FrFr = new("fr-FR");

        /// <summary>The value <c>fr-BE</c>.</summary>
        public static readonly LanguageEnum FrBe = new("fr-BE");

        /// <summary>The value <c>gu-IN</c>.</summary>
        public static readonly LanguageEnum GuIn = new("gu-IN");

        /// <summary>The value <c>he-IL</c>.</summary>
        public static readonly LanguageEnum HeIl = new("he-IL");

        /// <summary>The value <c>hi-IN</c>.</summary>
        public static readonly LanguageEnum HiIn = new("hi-IN");

        /// <summary>The value <c>hu-HU</c>.</summary>
        public static readonly LanguageEnum HuHu = new("hu-HU");

        /// <summary>The value <c>id-ID</c>.</summary>
        public static readonly LanguageEnum IdId = new("id-ID");

        /// <summary>The value <c>is-IS</c>.</summary>
        public static readonly LanguageEnum IsIs = new("is-IS");

        /// <summary>The value <c>it-IT</c>.</summary>
        public static readonly LanguageEnum ItIt = new("it-IT");

        /// <summary>The value <c>ja-JP</c>.</summary>
        public static readonly LanguageEnum JaJp = new("ja-JP");

        /// <summary>The value <c>kn-IN</c>.</summary>
        public static readonly LanguageEnum KnIn = new("kn-IN");

        /// <summary>The value <c>ko-KR</c>.</summary>
        public static readonly LanguageEnum KoKr = new("ko-KR");

        /// <summary>The value <c>lv-LV</c>.</summary>
        public static readonly LanguageEnum LvLv = new("lv-LV");

        /// <summary>The value <c>ml-IN</c>.</summary>
        public static readonly LanguageEnum MlIn = new("ml-IN");

        /// <summary>The value <c>mr-IN</c>.</summary>
        public static readonly LanguageEnum MrIn = new("mr-IN");

        /// <summary>The value <c>ms-MY</c>.</summary>
        public static readonly LanguageEnum MsMy = new("ms-MY");

        /// <summary>The value <c>nb-NO</c>.</summary>
        public static readonly LanguageEnum NbNo = new("nb-NO");

        /// <summary>The value <c>nl-BE</c>.</summary>
        public static readonly LanguageEnum NlBe = new("nl-BE");

        /// <summary>The value <c>nl-NL</c>.</summary>
        public static readonly LanguageEnum NlNl = new("nl-NL");

        /// <summary>The value <c>pa-IN</c>.</summary>
        public static readonly LanguageEnum PaIn = new("pa-IN");

        /// <summary>The value <c>pl-PL</c>.</summary>
        public static readonly LanguageEnum PlPl = new("pl-PL");

        /// <summary>The value <c>pt-BR</c>.</summary>
        public static readonly LanguageEnum PtBr = new("pt-BR");

        /// <summary>The value <c>pt-PT</c>.</summary>
        public static readonly LanguageEnum PtPt = new("pt-PT");

        /// <summary>The value <c>ro-RO</c>.</summary>
        public static readonly LanguageEnum RoRo = new("ro-RO");

        /// <summary>The value <c>ru-RU</c>.</summary>
        public static readonly LanguageEnum RuRu = new("ru-RU");

        /// <summary>The value <c>sk-SK</c>.</summary>
        public static readonly LanguageEnum SkSk = new("sk-SK");

        /// <summary>The value <c>sr-RS</c>.</summary>
        public static readonly LanguageEnum SrRs = new("sr-RS");

        /// <summary>The value <c>sv-SE</c>.</summary>
        public static readonly LanguageEnum SvSe = new("sv-SE");

        /// <summary>The value <c>ta-IN</c>.</summary>
        public static readonly LanguageEnum TaIn = new("ta-IN");

        /// <summary>The value <c>te-IN</c>.</summary>
        public static readonly LanguageEnum TeIn = new("te-IN");

        /// <summary>The value <c>th-TH</c>.</summary>
        public static readonly LanguageEnum ThTh = new("th-TH");

        /// <summary>The value <c>tr-TR</c>.</summary>
        public static readonly LanguageEnum TrTr = new("tr-TR");

        /// <summary>The value <c>uk-UA</c>.</summary>
        public static readonly LanguageEnum UkUa = new("uk-UA");

        /// <summary>The value <c>vi-VN</c>.</summary>
        public static readonly LanguageEnum ViVn = new("vi-VN");

        /// <summary>The value <c>yue-HK</c>.</summary>
        public static readonly LanguageEnum YueHk = new("yue-HK");

        /// <summary>The value <c>zh-CN</c>.</summary>
        public static readonly LanguageEnum ZhCn = new("zh-CN");

        /// <summary>The value <c>zh-HK</c>.</summary>
        public static readonly LanguageEnum ZhHk = new("zh-HK");

        /// <summary>The value <c>zh-TW</c>.</summary>
        public static readonly LanguageEnum ZhTw = new("zh-TW");
    }
}
