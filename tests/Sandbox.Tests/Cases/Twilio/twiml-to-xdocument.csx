// LINQ to XML is not for functions: the TwiML classes build the document.
var document = new VoiceResponse().Say("Hi").ToXDocument();
return document.ToString();
