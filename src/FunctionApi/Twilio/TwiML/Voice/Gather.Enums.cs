using Twilio.Types;

namespace Twilio.TwiML.Voice;

// The attribute values Twilio documents for <Gather>, kept apart from the element itself.
public partial class Gather
{
    /// <summary>A kind of input &lt;Gather&gt; accepts.</summary>
    public sealed class InputEnum : StringEnum
    {
        /// <summary>Creates an empty value, as Twilio's library allows.</summary>
        public InputEnum()
        {
        }

        private InputEnum(string value)
            : base(value)
        {
        }

        /// <summary>Converts any text, including values newer than the ones listed here.</summary>
        /// <param name="value">The text Twilio expects.</param>
        public static implicit operator InputEnum(string value) => new(value);

        /// <summary>The value <c>dtmf</c>.</summary>
        public static readonly InputEnum Dtmf = new("dtmf");

        /// <summary>The value <c>speech</c>.</summary>
        public static readonly InputEnum Speech = new("speech");
    }

    /// <summary>A language for speech recognition; any other language tag converts from its string.</summary>
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
